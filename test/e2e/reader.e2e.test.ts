// The reader's Kuzet in Chromium on the real saved Hacker News thread with a replayed comment
// (the brigade of hackernews.e2e.test.ts): badges appear and explain themselves, the popup lists
// the flagged authors and plots the thread, popup and options pass axe-core in light and dark,
// "this person is real" clears that author's badges in two open tabs at once, and the popup and
// hover card are photographed into docs/screenshots/ for the README.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, tabIdOf } from '../../scripts/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from '../../scripts/browser/fixture-server.ts';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { collectKuzetErrors, collectWorkerErrors } from '../../scripts/browser/kuzet-errors.ts';
import { launchKuzet, type Kuzet } from '../../scripts/browser/launch.ts';
import { repoRoot } from '../../scripts/browser/paths.ts';
import { routeRealUrls } from '../../scripts/browser/route-real-urls.ts';
import { axeViolations } from './axe-check.ts';
import kk from '../../_locales/kk/messages.json';

const SOURCE_ID = '28385973'; // bryananderson's top comment
const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];
const TRUSTED = 'WalterBright';
const SHOTS = join(repoRoot, 'docs', 'screenshots');

let server: FixtureServer;
let kuzet: Kuzet;
let tabA: Page;
let tabB: Page;
const kuzetErrors: string[] = [];

/** Badged comments per author on a page. */
const badgedAuthors = (page: Page): Promise<string[]> =>
  page.evaluate(() => [
    ...new Set(
      Array.from(document.querySelectorAll('[data-kuzet-badge]')).map(
        (b) => b.closest('tr.athing.comtr')?.querySelector('a.hnuser')?.textContent ?? '(none)',
      ),
    ),
  ].sort());

async function waitForBadges(page: Page, authors: string[]): Promise<void> {
  await page.waitForFunction(
    (names) => names.every((n) => Array.from(document.querySelectorAll('[data-kuzet-badge]')).some((b) => b.closest('tr.athing.comtr')?.querySelector('a.hnuser')?.textContent === n)),
    authors,
    { timeout: 30_000 }, // generous: this test is about what shows, hackernews.e2e times it
  );
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer({ [HN_THREAD.url]: readThreadHtml() });
  kuzet = await launchKuzet({ headless: true });
  await routeRealUrls(kuzet.context, server);
  collectWorkerErrors(kuzet.context, kuzetErrors);
  tabA = await kuzet.context.newPage();
  collectKuzetErrors(tabA, kuzetErrors);
  await tabA.goto(HN_THREAD.url);
  await tabA.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments);
  await tabA.evaluate(replayComment, { sourceId: SOURCE_ID, authors: BRIGADE, firstId: 99_000_001 });
  await waitForBadges(tabA, BRIGADE);
});

afterAll(async () => {
  await kuzet?.close();
  await server?.close();
});

describe('the reader on the real HN thread with a replayed comment', () => {
  it('badges the three copiers, and the hover card cites the comments', async () => {
    expect(await badgedAuthors(tabA)).toEqual([...BRIGADE].sort());
    const row = tabA.locator('[data-kuzet-comment]', { has: tabA.locator('a.hnuser', { hasText: BRIGADE[1]! }) }).last();
    await row.scrollIntoViewIfNeeded();
    const layoutBefore = await row.boundingBox();
    await row.locator('[data-kuzet-badge] button').first().hover();
    const card = row.locator('[data-kuzet-badge] [data-kuzet-card]');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await card.textContent()).toContain('bryananderson');
    expect(await card.locator('a[href^="https://news.ycombinator.com/item?id="]').count()).toBeGreaterThan(0);
    expect(await row.boundingBox(), 'opening the card moves nothing on the page').toEqual(layoutBefore);
    const badge = (await row.locator('[data-kuzet-badge]').boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    const x = Math.max(0, Math.min(badge.x, cardBox.x) - 260);
    await tabA.screenshot({
      path: join(SHOTS, 'hover-card.png'),
      clip: { x, y: Math.max(0, badge.y - 40), width: Math.min(1280 - x, cardBox.x + cardBox.width - x + 20), height: cardBox.y + cardBox.height - badge.y + 60 },
    });
    for (const scheme of ['light', 'dark'] as const) {
      await tabA.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(tabA, '[data-kuzet-badge]'), `badges and card, ${scheme}`).toEqual([]);
    }
    await tabA.emulateMedia({ colorScheme: 'light' });
    await tabA.mouse.move(0, 0);
  });

  it('lists the flagged authors in the popup and plots the thread with the copies highlighted', async () => {
    const popup = await openPopup(kuzet, await tabIdOf(kuzet, HN_THREAD.url));
    collectKuzetErrors(popup, kuzetErrors);
    await popup.locator('[data-kuzet-popup="timeline"] svg').waitFor({ timeout: 10_000 });
    const flagged = await popup.locator('[data-kuzet-flagged]').evaluateAll((n) => n.map((e) => e.getAttribute('data-kuzet-flagged')));
    expect(flagged.sort()).toEqual(BRIGADE.map((b) => `hackernews:${b}`).sort());
    expect(await popup.locator('[data-kuzet-popup="timeline"] .kz-bar').count()).toBeGreaterThan(50);
    expect(await popup.locator('[data-kuzet-flagged-bar]').count()).toBeGreaterThan(0);
    expect(await popup.locator('[data-kuzet-popup="timeline"] figcaption').textContent()).toMatch(/^150 comments in \d+ min; \d+ by flagged authors/);
    await popup.locator('[data-kuzet-popup="network"] svg').waitFor({ timeout: 5_000 });
    expect(await popup.locator('[data-kuzet-edge-text="sameText"]').count()).toBe(3);
    await popup.screenshot({ path: join(SHOTS, 'popup.png'), fullPage: true });
    await popup.close();
  });

  it('has no axe-core violations in the popup and options, light and dark', async () => {
    const popup = await openPopup(kuzet, await tabIdOf(kuzet, HN_THREAD.url));
    await popup.locator('[data-kuzet-popup="timeline"] svg').waitFor({ timeout: 10_000 });
    const options = await kuzet.context.newPage();
    await options.goto(`chrome-extension://${kuzet.extensionId}/options.html`);
    await options.locator('[data-kuzet-options="personal"]').waitFor({ timeout: 10_000 });
    for (const scheme of ['light', 'dark'] as const) {
      for (const page of [popup, options]) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page), `${scheme} ${page.url()}`).toEqual([]);
      }
    }
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    await popup.close();
    await options.close();
  });

  it('clears the badges of a trusted author in two open tabs at once', async () => {
    tabB = await kuzet.context.newPage();
    collectKuzetErrors(tabB, kuzetErrors);
    await tabB.goto(HN_THREAD.url);
    await waitForBadges(tabB, BRIGADE); // the same thread: the copies stored from tab A count here too
    const popup = await openPopup(kuzet, await tabIdOf(kuzet, HN_THREAD.url));
    await popup.locator(`[data-kuzet-trust="hackernews:${TRUSTED}"]`).click();
    await popup.locator(`[data-kuzet-flagged="hackernews:${TRUSTED}"]`).waitFor({ state: 'detached', timeout: 5_000 });
    const rest = BRIGADE.filter((b) => b !== TRUSTED).sort();
    for (const tab of [tabA, tabB]) {
      await tab.waitForFunction(
        (name) => !Array.from(document.querySelectorAll('[data-kuzet-badge]')).some((b) => b.closest('tr.athing.comtr')?.querySelector('a.hnuser')?.textContent === name),
        TRUSTED,
        { timeout: 5_000 },
      );
      expect(await badgedAuthors(tab)).toEqual(rest);
    }
    await popup.reload();
    await popup.locator('[data-kuzet-flagged]').first().waitFor({ timeout: 10_000 });
    expect(await popup.locator(`[data-kuzet-flagged="hackernews:${TRUSTED}"]`).count(), 'never comes back').toBe(0);
    await popup.close();
  });

  it('speaks the language chosen on the options page, in the options and on the open tab\'s badges', async () => {
    const options = await kuzet.context.newPage();
    await options.goto(`chrome-extension://${kuzet.extensionId}/options.html`);
    await options.locator('#kz-language').selectOption('kk');
    await options.locator('h1', { hasText: kk.optionsTitle.message }).waitFor({ timeout: 10_000 });
    const labels = [kk.levelWatch.message, kk.levelSuspected.message, kk.levelLikely.message];
    await tabA.waitForFunction(
      (names) => {
        const buttons = Array.from(document.querySelectorAll('[data-kuzet-badge]')).map((b) => b.shadowRoot?.querySelector('button')?.textContent ?? '');
        return buttons.length > 0 && buttons.every((text) => names.includes(text));
      },
      labels,
      { timeout: 10_000 },
    );
    await options.close();
  });

  it('writes no error of its own into the pages, popup or service worker console', () => {
    expect(kuzetErrors).toEqual([]);
  });
});
