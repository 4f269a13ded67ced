// Collects console errors and uncaught exceptions that come from Kuzet (its scripts live at
// chrome-extension://… or its messages say "Kuzet"). A saved page's own noise, like the 404s
// for its missing news.css and hn.js, is not Kuzet's and is left out.
import type { BrowserContext, Page, Worker } from 'playwright-core';

const fromKuzet = (where: string, text: string): boolean =>
  where.includes('chrome-extension://') || /kuzet/i.test(text);

export function collectKuzetErrors(page: Page, into: string[] = []): string[] {
  page.on('console', (message) => {
    const where = message.location().url;
    if (message.type() === 'error' && fromKuzet(where, message.text())) into.push(`${page.url()}: ${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => {
    if (fromKuzet(error.stack ?? '', error.message)) into.push(`${page.url()}: ${error.stack ?? error.message}`);
  });
  return into;
}

/** Errors the extension's service worker logs, now and after any restart (all of them are Kuzet's). */
export function collectWorkerErrors(context: BrowserContext, into: string[] = []): string[] {
  const watch = (worker: Worker): void => {
    if (!worker.url().startsWith('chrome-extension://')) return;
    worker.on('console', (message) => {
      if (message.type() === 'error') into.push(`service worker: ${message.text()}`);
    });
  };
  context.serviceWorkers().forEach(watch);
  context.on('serviceworker', watch);
  return into;
}
