// The service worker (Chrome) / background script (Firefox): wires the router to the
// browser. Listeners are registered synchronously at the top level so a worker woken by a
// message finds them; all state is in the database, so being killed loses nothing.
import browser, { type Runtime } from 'webextension-polyfill';
import { openDb } from './db.ts';
import { createRouter } from './router.ts';
import { acceptContentPort } from './contentPort.ts';
import { pushVerdictsTo } from './broadcast/pushVerdicts.ts';
import { retentionDaysFrom, startRetention } from './retention/startRetention.ts';
import { readAvatar } from './avatars/readAvatar.ts';
import { startSiteRules } from './siteRules/startup.ts';
import { createListsService } from './lists/listsService.ts';
import { startListAlarms } from './lists/listAlarms.ts';
import { reportSendingAllowed } from './reports/dataConsent.ts';

const db = openDb();
// Old threads go at every wake (at most hourly), before they can fill the user's disk.
startRetention(db, browser.storage.local, () => Date.now());
const manifest = browser.runtime.getManifest();
// Hosts a Kuzet content script may speak from: the manifest's, plus those the user's site rules
// and mirrors registered (kept in place by the site-rules service, restored at every wake).
const hostPatterns = [...(manifest.host_permissions ?? [])];
// Firefox's getManifest() gives content script files as full moz-extension:// URLs, which its
// registerContentScripts refuses ("must be a relative URL"): register them by path.
const contentJs = (manifest.content_scripts?.[0]?.js ?? ['content.js']).map((file) => file.replace(/^[a-z-]+:\/\/[^/]+\//, ''));
const siteRules = startSiteRules(browser, hostPatterns, contentJs);

// Shared lists and the report queue; every list and report state is in the database.
const lists = createListsService({ db, fetch: (url, init) => fetch(url, init), now: () => Date.now(), maySend: reportSendingAllowed(browser) });
startListAlarms(browser.alarms, lists);

const self = {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  hostPatterns,
};
const route = createRouter({
  db,
  self,
  now: () => Date.now(),
  extensionVersion: manifest.version,
  newId: () => crypto.randomUUID(),
  siteRules,
  lists,
  storage: { clear: async () => Promise.all([browser.storage.local.clear(), browser.storage.session?.clear()]).then(() => undefined) },
  // Development builds only (esbuild folds this away in --release): the e2e driver's way to Kuzet's pages.
  openExtensionPage:
    process.env.NODE_ENV === 'production'
      ? undefined
      : async (page, tabId) => void (await browser.tabs.create({ url: browser.runtime.getURL(`${page}?tab=${tabId}`) })),
  pushVerdicts: pushVerdictsTo(browser.tabs),
  retentionDays: retentionDaysFrom(browser.storage.local),
  readAvatar,
});

// A message that woke the worker waits until the user's hosts are known, or a rule's page would be refused.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => siteRules.ready.then(() => route(message, sender)));
// Content scripts send over one long-lived port per page (contentPort.ts), routed the same way.
browser.runtime.onConnect.addListener((port) => acceptContentPort(port, self, route, siteRules.ready));

// A tab that navigates or closes no longer shows the thread the popup would describe.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void db.tabs.delete(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void db.tabs.delete(tabId));
