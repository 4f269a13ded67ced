// The service worker (Chrome) / background script (Firefox): wires the router to the
// browser. Listeners are registered synchronously at the top level so a worker woken by a
// message finds them; all state is in the database, so being killed loses nothing.
import browser, { type Runtime } from 'webextension-polyfill';
import { openDb } from './db.ts';
import { createRouter } from './router.ts';

const db = openDb();
const manifest = browser.runtime.getManifest();

const route = createRouter({
  db,
  self: {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    hostPatterns: manifest.host_permissions ?? [],
  },
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

// A tab that navigates or closes no longer shows the thread the popup would describe.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void db.tabs.delete(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void db.tabs.delete(tabId));
