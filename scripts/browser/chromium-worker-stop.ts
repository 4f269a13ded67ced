// Stopping Kuzet's service worker in a Chromium session on demand, as Chromium itself does when
// the worker is idle or out of time: CDP's ServiceWorker.stopAllWorkers, which does not wait for
// pending events. CDP is reached through a page of the context; the session is kept and made
// anew only when that page has closed.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export function serviceWorkerStopper(context: BrowserContext): () => Promise<void> {
  let attached: { page: Page; cdp: CDPSession } | undefined;
  return async () => {
    if (!attached || attached.page.isClosed()) {
      const page = context.pages().find((p) => !p.isClosed()) ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      attached = { page, cdp };
    }
    await attached.cdp.send('ServiceWorker.stopAllWorkers');
  };
}
