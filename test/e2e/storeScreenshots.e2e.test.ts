// Store screenshots, made by the real extension on the real saved Hacker News thread with a
// replayed comment (the demonstration brigade): the popup and the badged thread with a reason
// card open, in English, Russian, Kazakh and Kyrgyz (the options' language setting), written to
// out/screenshots/<browser>-<lang>-{thread,popup}.png at 1280×800, the Chrome Web Store size.
// It checks what a store reviewer would see: each language really shows in the popup and card.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { outDir } from '../../scripts/browser/paths.ts';
import { launchSession, type Session, type Tab } from '../../scripts/browser/session.ts';

const LANGUAGES = ['en', 'ru', 'kk', 'ky'] as const;
const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];
const SHOTS = join(outDir, 'screenshots');
const CARD = '[data-e2e-shot] [data-kuzet-badge] >>> [data-kuzet-card]';
let session: Session;
let thread: Tab;
let options: Tab;
const cards: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await launchSession({ pages: { [HN_THREAD.url]: readThreadHtml() } });
  thread = await session.newTab();
  await thread.setViewport(1280, 800);
  await thread.goto(HN_THREAD.url);
  await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments);
  await thread.evaluate(replayComment, { sourceId: '28385973', authors: BRIGADE, firstId: 99_000_001 });
  // Every replayed copy badged (an author's older comments may be badged sooner).
  await thread.waitForFunction(
    (ids) => ids.every((id) => document.getElementById(id)?.querySelector('[data-kuzet-badge]')),
    ['99000001', '99000002', '99000003'],
    { timeout: 15_000 },
  );
  // The first replayed copy, scrolled into view: its badge is the one the screenshot opens.
  await thread.evaluate(() => {
    const row = document.getElementById('99000001');
    row?.setAttribute('data-e2e-shot', '');
    row?.scrollIntoView({ block: 'center' });
  });
  options = await session.openExtensionPage(thread, 'options.html');
});

afterAll(async () => {
  await session?.close();
});

async function chooseLanguage(language: string): Promise<void> {
  await options.evaluate(async (lang) => {
    type Storage = { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
    const api = (globalThis as unknown as { browser?: { storage: Storage }; chrome: { storage: Storage } });
    const storage = (api.browser ?? api.chrome).storage;
    const current = (await storage.local.get('settings'))['settings'] ?? {};
    await storage.local.set({ settings: { ...(current as object), language: lang } });
  }, language);
}

describe('store screenshots', () => {
  it.each(LANGUAGES)('%s: the badged thread with its reason card, and the popup', async (language) => {
    await chooseLanguage(language);
    const name = `${session.browserName}-${language}`;
    // The card re-renders in the new language; wait until its text changes from the last one shown.
    await thread.bringToFront();
    await thread.clickAt(1, 1);
    await thread.focus('[data-e2e-shot] [data-kuzet-badge] >>> button');
    await thread.waitFor(CARD, { state: 'visible', timeout: 5_000 });
    const previous = Object.values(cards).at(-1);
    if (previous !== undefined) await expect.poll(() => thread.text(CARD), { timeout: 5_000 }).not.toBe(previous);
    cards[language] = await thread.text(CARD);
    await thread.screenshot(join(SHOTS, `${name}-thread.png`));

    const popup = await session.openExtensionPage(thread, 'popup.html');
    await popup.setViewport(1280, 800);
    await popup.waitFor('[data-kuzet-flagged]', { timeout: 10_000 });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
    await popup.screenshot(join(SHOTS, `${name}-popup.png`));
    await popup.close();
    for (const shot of ['thread', 'popup']) expect(statSync(join(SHOTS, `${name}-${shot}.png`)).size).toBeGreaterThan(10_000);
  });

  it('shows the reason card in four different languages', () => {
    expect(new Set(Object.values(cards)).size).toBe(LANGUAGES.length);
  });
});
