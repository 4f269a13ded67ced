// The page contract on every real saved page a built-in adapter serves, in real Chromium and
// Firefox (scripts/browser/session.ts) with the built extension: each page, under its real URL, gets exactly its real number of
// `data-kuzet-comment` marks, no badge (these threads are honest), and no error from Kuzet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSession, type Session } from '../../scripts/browser/session.ts';
import { SAVED_PAGES, savedPageHtml } from './savedPages.ts';

// Firefox ESR checks the saved YouTube page too: it used to stay "loading" there because of
// Firefox's Picture-in-Picture url-bar check on youtube.com, switched off in the test profile
// (scripts/browser/firefox-prefs.ts says why; seen only in the driven test profile).
const pages = SAVED_PAGES();
let session: Session;

beforeAll(async () => {
  session = await launchSession({ pages: Object.fromEntries(pages.map((p) => [p.url, savedPageHtml(p.file)])) });
});

afterAll(async () => {
  await session?.close();
});

describe('the page contract on every real saved page', () => {
  it.each(pages)('$file: $comments comments marked, no badge', async ({ url, comments }) => {
    const page = await session.newTab();
    await page.goto(url);
    await page
      .waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, comments, { timeout: 10_000 })
      .catch(() => undefined); // the exact count below says what went wrong
    await new Promise((r) => setTimeout(r, 500)); // a late extra mark or badge would show up here
    expect(await page.count('[data-kuzet-comment]')).toBe(comments);
    expect(await page.count('[data-kuzet-badge]')).toBe(0);
    await page.close();
  });

  it('writes no error of its own into any page or the service worker', () => {
    expect(session.errors).toEqual([]);
  });
});
