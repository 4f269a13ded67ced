// What a reader notices on a real saved Hacker News thread with Kuzet installed: every comment
// is read, an honest thread shows no badge, a replayed comment gets exactly its three new
// posters badged within a second, the badge explains itself, the popup counts and lists them
// and keeps a report queued, and Kuzet writes no error into the page's console.
// Runs in Chromium and in Firefox (KUZET_BROWSER, see scripts/browser/session.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { readPopupTab } from '../../scripts/browser/popup-view.ts';
import { launchSession, type Session, type Tab } from '../../scripts/browser/session.ts';
import { authorsWithBadges, badgeHostCount, commentsBy, timeUntilBadged } from './page-probes.ts';

// bryananderson's top comment (two long paragraphs), replayed by three other real authors of
// the thread who have 3, 2 and 4 comments of their own: every one of those must carry a badge.
const SOURCE_ID = '28385973';
const BRIGADE: [string, string, string] = ['WalterBright', 'tptacek', 'mc32'];
const keyOf = (name: string): string => `hackernews:${name}`;

let session: Session;
let page: Tab;

beforeAll(async () => {
  session = await launchSession({ pages: { [HN_THREAD.url]: readThreadHtml() } });
  page = await session.newTab();
  await page.goto(HN_THREAD.url);
});

afterAll(async () => {
  await session?.close();
});

/** The comment row of `author` (first or last on the page), marked so a CSS selector can name it. */
async function pickRow(author: string, which: 'first' | 'last', mark: string): Promise<string> {
  await page.evaluate(
    ({ author, which, mark }) => {
      const rows = Array.from(document.querySelectorAll('[data-kuzet-comment]')).filter((r) => r.querySelector('a.hnuser')?.textContent === author);
      rows.at(which === 'first' ? 0 : -1)?.setAttribute('data-e2e-row', mark);
    },
    { author, which, mark },
  );
  return `[data-e2e-row="${mark}"]`;
}

describe(`Kuzet on ${HN_THREAD.url}`, () => {
  it('reads every comment of the page', async () => {
    await page.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments);
    expect(await page.count('[data-kuzet-comment]')).toBe(HN_THREAD.comments);
  });

  it('shows no badge on the honest thread', async () => {
    await new Promise((r) => setTimeout(r, 1_000)); // the same budget a badge gets below
    expect(await badgeHostCount(page)).toBe(0);
  });

  it('badges exactly the three authors who replay a comment, within a second', async () => {
    const expected = (await commentsBy(page, BRIGADE)) + BRIGADE.length;
    await page.evaluate(() => ((window as unknown as { kuzetAppendedAt: number }).kuzetAppendedAt = performance.now()));
    await page.evaluate(replayComment, { sourceId: SOURCE_ID, authors: BRIGADE, firstId: 99_000_001 });
    expect(await timeUntilBadged(page, BRIGADE)).toBeLessThan(1_000);
    await new Promise((r) => setTimeout(r, 500)); // let any late, wrong badge show up before counting
    expect(await page.count('[data-kuzet-comment]')).toBe(HN_THREAD.comments + BRIGADE.length);
    const badged = await authorsWithBadges(page);
    expect(badged.map((b) => b.author).sort()).toEqual([...BRIGADE].sort());
    expect(await badgeHostCount(page)).toBe(expected);
    for (const b of badged) {
      expect(b.comments, `${b.author}: every comment badged`).toBe(b.badgedComments);
      expect(b.besideName, `${b.author}: badge sits in the comment's header, by the name`).toBe(true);
      expect(['watch', 'suspected', 'likely']).toContain(b.level);
    }
  });

  it('explains the badge on focus and on hover', async () => {
    const row = await pickRow(BRIGADE[0], 'last', 'focus');
    await page.focus(`${row} [data-kuzet-badge] >>> button`);
    const card = `${row} [data-kuzet-badge] >>> [data-kuzet-card]`;
    await page.waitFor(card, { state: 'visible', timeout: 2_000 });
    const reason = await page.text(card);
    expect(reason).toContain('Posted the same text as');
    expect(reason, 'the evidence names who posted it first').toContain('bryananderson');
    await page.clickAt(1, 1); // move focus away
    const other = await pickRow(BRIGADE[1], 'first', 'hover');
    await page.hover(`${other} [data-kuzet-badge] >>> button`);
    await page.waitFor(`${other} [data-kuzet-badge] >>> [data-kuzet-card]`, { state: 'visible', timeout: 2_000 });
  });

  it('lists the counts and the flagged authors in the popup, and keeps a queued report', async () => {
    const popup = await session.openExtensionPage(page, 'popup.html');
    await popup.setViewport(420, 640);
    const view = await readPopupTab(popup, HN_THREAD.comments + BRIGADE.length);
    expect([view.comments, view.authors], view.countsLine).toEqual([HN_THREAD.comments + BRIGADE.length, HN_THREAD.authors]);
    expect(view.flagged.map((f) => f.authorKey).sort()).toEqual(BRIGADE.map(keyOf).sort());
    const reported = keyOf(BRIGADE[0]);
    await popup.click(`[data-kuzet-report="${reported}"]`);
    await popup.waitFor('[data-kuzet-report-status="queued"]', { state: 'visible', timeout: 5_000 });
    await popup.waitFor(`[data-kuzet-queued="${reported}"]`, { timeout: 5_000 });
    await popup.reload();
    await popup.waitFor(`[data-kuzet-queued="${reported}"]`, { timeout: 5_000 });
    await popup.close();
  });

  it('writes no error of its own into the page, popup or service worker console', () => {
    expect(session.errors).toEqual([]);
  });
});
