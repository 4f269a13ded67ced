// Reads what Kuzet's popup shows, through the two-browser session (session.ts): the counts line
// and the flagged authors, the same lines a person would read. extension.ts does the same for
// Playwright-only callers (the demo).
import type { PopupView } from './extension.ts';
import type { Tab } from './session.ts';

const COUNTS = '[data-kuzet-popup="counts"]';

/** Waits until the popup's counts line shows `expectComments` comments (when given), then reads it. */
export async function readPopupTab(popup: Tab, expectComments?: number): Promise<PopupView> {
  await popup.waitFor(COUNTS, { timeout: 10_000 });
  if (expectComments !== undefined) {
    await popup.waitForFunction(
      ({ selector, n }) => /\d+/.exec(document.querySelector(selector)?.textContent ?? '')?.[0] === String(n),
      { selector: COUNTS, n: expectComments },
      { timeout: 10_000, polling: 100 },
    );
  }
  const countsLine = (await popup.text(COUNTS)).trim();
  const [comments = NaN, authors = NaN] = (countsLine.match(/\d+/g) ?? []).map(Number);
  const keys = await popup.attributes('[data-kuzet-flagged]', 'data-kuzet-flagged');
  const levels = await popup.attributes('[data-kuzet-flagged]', 'data-level');
  return { countsLine, comments, authors, flagged: keys.map((authorKey, i) => ({ authorKey, level: levels[i] ?? '' })) };
}
