// The reader's Kuzet on the real saved Hacker News thread with a replayed comment (the brigade of
// hackernews.e2e.test.ts): badges appear and explain themselves, the popup lists the flagged
// authors and plots the thread and its network, popup and options pass axe-core in light and
// dark, "this person is real" clears that author's badges in two open tabs at once, and the
// badges speak Kazakh once it is chosen. Runs in Chromium and Firefox ESR with the same
// assertions (launchSession). Chromium's pictures go to docs/screenshots/ for the README,
// Firefox's to out/screenshots/firefox/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { outDir, repoRoot } from '../../scripts/browser/paths.ts';
import { launchSession, type Box, type Session, type Tab } from '../../scripts/browser/session.ts';
import { axeViolations } from './axe-check.ts';
import kk from '../../_locales/kk/messages.json';

const SOURCE_ID = '28385973'; // bryananderson's top comment
const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];
const TRUSTED = 'WalterBright';
const POLL = { timeout: 10_000, polling: 100 } as const; // intervals, not frames: background tabs get few frames

let session: Session;
let shots: string;
let tabA: Tab;
let tabB: Tab;

/** Authors with a badged comment on a page. */
const badgedAuthors = (tab: Tab): Promise<string[]> =>
  tab.evaluate(() =>
    [...new Set(Array.from(document.querySelectorAll('[data-kuzet-badge]')).map((b) => b.closest('tr.athing.comtr')?.querySelector('a.hnuser')?.textContent ?? '(none)'))].sort(),
  );

async function waitForBadges(tab: Tab, authors: string[]): Promise<void> {
  await tab.waitForFunction(
    (names) => names.every((n) => Array.from(document.querySelectorAll('[data-kuzet-badge]')).some((b) => b.closest('tr.athing.comtr')?.querySelector('a.hnuser')?.textContent === n)),
    authors,
    { ...POLL, timeout: 30_000 }, // generous: this test is about what shows, hackernews.e2e times it
  );
}

/** Viewport boxes of a marked row, its first badge and that badge's card (null while closed). */
const boxesOf = (tab: Tab, mark: string) =>
  tab.evaluate((m) => {
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    };
    const row = document.querySelector(`[data-e2e-row="${m}"]`);
    const badge = row?.querySelector('[data-kuzet-badge]');
    return { row: box(row), badge: box(badge), card: box(badge?.shadowRoot?.querySelector('[data-kuzet-card]')), viewportWidth: window.innerWidth };
  }, mark);

/** Whether the tab's documents now see this colour scheme (the driver's emulation took effect). */
async function useScheme(tab: Tab, scheme: 'light' | 'dark'): Promise<void> {
  await tab.emulateColorScheme(scheme);
  await tab.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark', { timeout: 5_000, polling: 50 });
}

beforeAll(async () => {
  session = await launchSession({ pages: { [HN_THREAD.url]: readThreadHtml() } });
  // Chromium's pictures are the README's; Firefox's are kept apart so those never change.
  shots = session.browserName === 'chromium' ? join(repoRoot, 'docs', 'screenshots') : join(outDir, 'screenshots', 'firefox');
  mkdirSync(shots, { recursive: true });
  tabA = await session.newTab();
  await tabA.goto(HN_THREAD.url);
  await tabA.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments, { ...POLL, timeout: 30_000 });
  await tabA.evaluate(replayComment, { sourceId: SOURCE_ID, authors: BRIGADE, firstId: 99_000_001 });
  await waitForBadges(tabA, BRIGADE);
});

afterAll(async () => {
  await session?.close();
});

describe('the reader on the real HN thread with a replayed comment', () => {
  it('badges the three copiers, and the hover card cites the comments', async () => {
    expect(await badgedAuthors(tabA)).toEqual([...BRIGADE].sort());
    await tabA.evaluate((author) => {
      const rows = Array.from(document.querySelectorAll('[data-kuzet-comment]')).filter((r) => r.querySelector('a.hnuser')?.textContent === author);
      rows.at(-1)?.setAttribute('data-e2e-row', 'hover');
      rows.at(-1)?.scrollIntoView({ block: 'center' });
    }, BRIGADE[1]!);
    const row = '[data-e2e-row="hover"]';
    const card = `${row} [data-kuzet-badge] >>> [data-kuzet-card]`;
    const before = await boxesOf(tabA, 'hover');
    expect(before.card, 'the card is closed before the hover').toBeNull();
    await tabA.bringToFront(); // Firefox sends hover only to the front tab
    await tabA.hover(`${row} [data-kuzet-badge] >>> button`);
    await tabA.waitFor(card, { state: 'visible', timeout: 5_000 });
    expect(await tabA.text(card)).toContain('bryananderson');
    expect(await tabA.count(`${card} a[href^="https://news.ycombinator.com/item?id="]`)).toBeGreaterThan(0);
    const open = await boxesOf(tabA, 'hover');
    expect(open.row, 'opening the card moves nothing on the page').toEqual(before.row);
    const badge = open.badge!;
    const cardBox = open.card!;
    const x = Math.max(0, Math.min(badge.x, cardBox.x) - 260);
    const clip: Box = { x, y: Math.max(0, badge.y - 40), width: Math.min(open.viewportWidth - x, cardBox.x + cardBox.width - x + 20), height: cardBox.y + cardBox.height - badge.y + 60 };
    await tabA.screenshotArea(join(shots, 'hover-card.png'), { clip });
    for (const scheme of ['light', 'dark'] as const) {
      await useScheme(tabA, scheme);
      expect(await axeViolations(tabA, '[data-kuzet-badge]'), `badges and card, ${scheme}`).toEqual([]);
    }
    await useScheme(tabA, 'light');
    await tabA.clickAt(1, 1);
  });

  it('lists the flagged authors in the popup and plots the thread with the copies highlighted', async () => {
    const popup = await session.openExtensionPage(tabA, 'popup.html');
    await popup.setViewport(420, 640);
    await popup.waitFor('[data-kuzet-popup="timeline"] svg', { timeout: 10_000 });
    await popup.waitForFunction((n) => document.querySelectorAll('[data-kuzet-flagged]').length >= n, BRIGADE.length, POLL);
    const flagged = await popup.attributes('[data-kuzet-flagged]', 'data-kuzet-flagged');
    expect(flagged.sort()).toEqual(BRIGADE.map((b) => `hackernews:${b}`).sort());
    expect(await popup.count('[data-kuzet-popup="timeline"] .kz-bar')).toBeGreaterThan(50);
    expect(await popup.count('[data-kuzet-flagged-bar]')).toBeGreaterThan(0);
    expect(await popup.text('[data-kuzet-popup="timeline"] figcaption')).toMatch(/^150 comments in \d+ min; \d+ by flagged authors/);
    await popup.waitFor('[data-kuzet-popup="network"] svg', { timeout: 5_000 });
    expect(await popup.count('[data-kuzet-edge-text="sameText"]')).toBe(3);
    await popup.screenshotArea(join(shots, 'popup.png'), { fullPage: true });
    await popup.close();
  });

  it('has no axe-core violations in the popup and options, light and dark', async () => {
    const popup = await session.openExtensionPage(tabA, 'popup.html');
    await popup.setViewport(420, 640);
    await popup.waitFor('[data-kuzet-popup="timeline"] svg', { timeout: 10_000 });
    const options = await session.openExtensionPage(tabA, 'options.html');
    await options.waitFor('[data-kuzet-options="personal"]', { timeout: 10_000 });
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, page] of [['popup', popup], ['options', options]] as const) {
        await useScheme(page, scheme);
        expect(await axeViolations(page), `${scheme} ${name}`).toEqual([]);
      }
    }
    for (const page of [popup, options]) await useScheme(page, 'light');
    await options.screenshotArea(join(shots, 'options.png'), { fullPage: true });
    await popup.close();
    await options.close();
  });

  it('clears the badges of a trusted author in two open tabs at once', async () => {
    tabB = await session.newTab();
    await tabB.goto(HN_THREAD.url);
    await waitForBadges(tabB, BRIGADE); // the same thread: the copies stored from tab A count here too
    const popup = await session.openExtensionPage(tabB, 'popup.html');
    await popup.click(`[data-kuzet-trust="hackernews:${TRUSTED}"]`);
    await popup.waitFor(`[data-kuzet-flagged="hackernews:${TRUSTED}"]`, { state: 'detached', timeout: 5_000 });
    const rest = BRIGADE.filter((b) => b !== TRUSTED).sort();
    for (const tab of [tabA, tabB]) {
      await tab.waitForFunction(
        (name) => !Array.from(document.querySelectorAll('[data-kuzet-badge]')).some((b) => b.closest('tr.athing.comtr')?.querySelector('a.hnuser')?.textContent === name),
        TRUSTED,
        { ...POLL, timeout: 5_000 },
      );
      expect(await badgedAuthors(tab)).toEqual(rest);
    }
    await popup.reload();
    await popup.waitFor('[data-kuzet-flagged]', { timeout: 10_000 });
    expect(await popup.count(`[data-kuzet-flagged="hackernews:${TRUSTED}"]`), 'never comes back').toBe(0);
    await popup.close();
  });

  it("speaks the language chosen on the options page, in the options and on the open tab's badges", async () => {
    const options = await session.openExtensionPage(tabA, 'options.html');
    await options.waitFor('#kz-language', { timeout: 10_000 });
    await options.selectOption('#kz-language', 'kk');
    await options.waitForFunction((title) => Array.from(document.querySelectorAll('h1')).some((h) => (h.textContent ?? '').includes(title)), kk.optionsTitle.message, POLL);
    const labels = [kk.levelWatch.message, kk.levelSuspected.message, kk.levelLikely.message];
    await tabA.waitForFunction(
      (names) => {
        const buttons = Array.from(document.querySelectorAll('[data-kuzet-badge]')).map((b) => b.shadowRoot?.querySelector('button')?.textContent ?? '');
        return buttons.length > 0 && buttons.every((text) => names.includes(text));
      },
      labels,
      POLL,
    );
    await options.close();
  });

  it('writes no error of its own into the pages, popup or background console', () => {
    expect(session.errors).toEqual([]);
  });
});
