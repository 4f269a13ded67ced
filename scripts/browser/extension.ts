// What a user does with the extension's own pages: find the tab Kuzet is reading, open the
// popup for it, and read what the popup shows (the same lines a person would read).
import type { BrowserContext, Page } from 'playwright-core';
import type { Kuzet } from './launch.ts';

/** The browser's tab id of the page showing `url` (the popup is opened for a tab). */
export async function tabIdOf(kuzet: Kuzet, url: string): Promise<number> {
  const worker = await kuzet.serviceWorker();
  const tabs = await worker.evaluate(async () => {
    // Runs inside the service worker, where `chrome` exists; typed here for this one call.
    type Tab = { id?: number; url?: string };
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
    return (await api.tabs.query({ url: 'https://news.ycombinator.com/*' })).map((t) => ({ id: t.id, url: t.url }));
  });
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`No tab shows ${url} (tabs: ${tabs.map((t) => t.url).join(', ') || 'none'})`);
  return tab.id;
}

export async function openPopup(kuzet: Kuzet, tabId: number, context: BrowserContext = kuzet.context): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${kuzet.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

export interface PopupView {
  /** The counts line as shown, e.g. "Read 150 comments by 113 authors on this page." */
  countsLine: string;
  comments: number;
  authors: number;
  /** Flagged author keys (hackernews:<name>) with their level, in the popup's order. */
  flagged: { authorKey: string; level: string }[];
}

/** Waits until the popup's counts line shows `expectComments` comments (when given), then reads it. */
export async function readPopup(popup: Page, expectComments?: number): Promise<PopupView> {
  const counts = popup.locator('[data-kuzet-popup="counts"]');
  await counts.waitFor({ timeout: 10_000 });
  const parse = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);
  if (expectComments !== undefined) {
    await popup.waitForFunction(
      (n) => /\d+/.exec(document.querySelector('[data-kuzet-popup="counts"]')?.textContent ?? '')?.[0] === String(n),
      expectComments,
      { timeout: 10_000 },
    );
  }
  const countsLine = ((await counts.textContent()) ?? '').trim();
  const [comments = NaN, authors = NaN] = parse(countsLine);
  const flagged = await popup.locator('[data-kuzet-flagged]').evaluateAll((nodes) =>
    nodes.map((n) => ({ authorKey: n.getAttribute('data-kuzet-flagged') ?? '', level: n.getAttribute('data-level') ?? '' })),
  );
  return { countsLine, comments, authors, flagged };
}
