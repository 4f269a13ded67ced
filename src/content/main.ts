// The content script entry (bundled by esbuild as one IIFE, content.js): hands the real browser
// APIs (messages over one runtime port) to the page session (one startKuzet per thread,
// restarted on single-page navigation).
// Nothing here may throw into the page.
import browser from 'webextension-polyfill';
import { translator } from './i18n.ts';
import { claimPage, loadPageSetup } from './mirrors.ts';
import { send } from '../messages.ts';
import { listenForE2eRequests } from './e2eHook.ts';
import { startPageSession } from './pageSession.ts';
import { portTransport } from './portTransport.ts';
import { CONTENT_PORT } from '../messages/portCalls.ts';

// A page may get content.js twice (the manifest's and a user rule's registration): one Kuzet only.
const first = claimPage(globalThis);
// Development builds only (folded away in --release): the e2e driver asks for Kuzet's own pages.
if (first && process.env.NODE_ENV !== 'production') {
  listenForE2eRequests(window, (page) => send((envelope) => browser.runtime.sendMessage(envelope), 'e2e/openPage', { page }));
}

async function start(): Promise<void> {
  if (!first) return;
  try {
    // The user's site rules and mirror table decide which adapter serves this page.
    const setup = await loadPageSetup(browser.storage);
    // One port to the background for this page's life (portTransport.ts), closed when it goes.
    const port = portTransport(() => browser.runtime.connect({ name: CONTENT_PORT }));
    const session = startPageSession(window, {
      adapters: setup.adapters,
      locate: setup.locate,
      transport: port.transport,
      translate: translator((key, substitutions) => browser.i18n.getMessage(key, substitutions)),
      storage: browser.storage,
      pushes: { extensionId: browser.runtime.id, onMessage: browser.runtime.onMessage },
    });
    session.signal.addEventListener('abort', () => port.close(), { once: true });
  } catch (error) {
    console.warn('Kuzet: could not start', error);
  }
}

void start();
// `pagehide` released everything; a page restored from the back/forward cache needs a new start.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) void start();
});
