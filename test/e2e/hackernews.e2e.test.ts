// What a reader notices on a real saved Hacker News thread with Kuzet installed: every comment
// is read, an honest thread shows no badge, a replayed comment gets exactly its three new
// posters badged within a second, the badge explains itself, the popup counts and lists them
// and keeps a report queued, and Kuzet writes no error into the page's console.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, readPopup, tabIdOf } from '../../scripts/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from '../../scripts/browser/fixture-server.ts';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { collectKuzetErrors, collectWorkerErrors } from '../../scripts/browser/kuzet-errors.ts';
import { launchKuzet, type Kuzet } from '../../scripts/browser/launch.ts';
import { routeRealUrls } from '../../scripts/browser/route-real-urls.ts';
import { authorsWithBadges, badgeHostCount, commentsBy, timeUntilBadged } from './page-probes.ts';

// bryananderson's top comment (two long paragraphs), replayed by three other real authors of
// the thread who have 3, 2 and 4 comments of their own: every one of those must carry a badge.
const SOURCE_ID = '28385973';
const BRIGADE: [string, string, string] = ['WalterBright', 'tptacek', 'mc32'];
const keyOf = (name: string): string => `hackernews:${name}`;

let server: FixtureServer;
let kuzet: Kuzet;
let page: Page;
const kuzetErrors: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer({ [HN_THREAD.url]: readThreadHtml() });
  kuzet = await launchKuzet({ headless: true });
  await routeRealUrls(kuzet.context, server);
  collectWorkerErrors(kuzet.context, kuzetErrors);
  page = await kuzet.context.newPage();
  collectKuzetErrors(page, kuzetErrors);
  await page.goto(HN_THREAD.url);
});

afterAll(async () => {
  await kuzet?.close();
  await server?.close();
});

describe(`Kuzet on ${HN_THREAD.url}`, () => {
  it('reads every comment of the page', async () => {
    await page.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments);
    expect(await page.locator('[data-kuzet-comment]').count()).toBe(HN_THREAD.comments);
  });

  it('shows no badge on the honest thread', async () => {
    await page.waitForTimeout(1_000); // the same budget a badge gets below
    expect(await badgeHostCount(page)).toBe(0);
  });

  it('badges exactly the three authors who replay a comment, within a second', async () => {
    const expected = (await commentsBy(page, BRIGADE)) + BRIGADE.length;
    await page.evaluate(() => ((window as unknown as { kuzetAppendedAt: number }).kuzetAppendedAt = performance.now()));
    await page.evaluate(replayComment, { sourceId: SOURCE_ID, authors: BRIGADE, firstId: 99_000_001 });
    expect(await timeUntilBadged(page, BRIGADE)).toBeLessThan(1_000);
    await page.waitForTimeout(500); // let any late, wrong badge show up before counting
    expect(await page.locator('[data-kuzet-comment]').count()).toBe(HN_THREAD.comments + BRIGADE.length);
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
    const row = page.locator('[data-kuzet-comment]', { has: page.locator('a.hnuser', { hasText: BRIGADE[0] }) }).last();
    const button = row.locator('[data-kuzet-badge] button');
    await button.focus();
    const card = row.locator('[data-kuzet-badge] [data-kuzet-card]');
    await card.waitFor({ state: 'visible', timeout: 2_000 });
    const reason = await card.textContent();
    expect(reason).toContain('Posted the same text as');
    expect(reason, 'the evidence names who posted it first').toContain('bryananderson');
    await page.mouse.move(0, 0);
    await page.locator('body').click({ position: { x: 1, y: 1 } }); // move focus away
    const other = page.locator('[data-kuzet-comment]', { has: page.locator('a.hnuser', { hasText: BRIGADE[1] }) }).first();
    await other.locator('[data-kuzet-badge] button').hover();
    await other.locator('[data-kuzet-badge] [data-kuzet-card]').waitFor({ state: 'visible', timeout: 2_000 });
  });

  it('lists the counts and the flagged authors in the popup, and keeps a queued report', async () => {
    const popup = await openPopup(kuzet, await tabIdOf(kuzet, HN_THREAD.url));
    collectKuzetErrors(popup, kuzetErrors);
    const view = await readPopup(popup, HN_THREAD.comments + BRIGADE.length);
    expect([view.comments, view.authors], view.countsLine).toEqual([HN_THREAD.comments + BRIGADE.length, HN_THREAD.authors]);
    expect(view.flagged.map((f) => f.authorKey).sort()).toEqual(BRIGADE.map(keyOf).sort());
    const reported = keyOf(BRIGADE[0]);
    await popup.locator(`[data-kuzet-report="${reported}"]`).click();
    await popup.locator('[data-kuzet-report-status="queued"]').first().waitFor({ state: 'visible', timeout: 5_000 });
    await popup.locator(`[data-kuzet-queued="${reported}"]`).waitFor({ timeout: 5_000 });
    await popup.reload();
    await popup.locator(`[data-kuzet-queued="${reported}"]`).waitFor({ timeout: 5_000 });
    await popup.close();
  });

  it('writes no error of its own into the page, popup or service worker console', () => {
    expect(kuzetErrors).toEqual([]);
  });
});
