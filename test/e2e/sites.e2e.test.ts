// The page contract on every real saved page a built-in adapter serves, in real Chromium with
// the built extension: each page, under its real URL, gets exactly its real number of
// `data-kuzet-comment` marks, no badge (these threads are honest), and no error from Kuzet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/browser/fixture-server.ts';
import { collectKuzetErrors, collectWorkerErrors } from '../../scripts/browser/kuzet-errors.ts';
import { launchKuzet, type Kuzet } from '../../scripts/browser/launch.ts';
import { routeRealUrls } from '../../scripts/browser/route-real-urls.ts';
import { SAVED_PAGES, savedPageHtml } from './savedPages.ts';

const pages = SAVED_PAGES();
let server: FixtureServer;
let kuzet: Kuzet;
const kuzetErrors: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer(Object.fromEntries(pages.map((p) => [p.url, savedPageHtml(p.file)])));
  kuzet = await launchKuzet({ headless: true });
  await routeRealUrls(kuzet.context, server);
  collectWorkerErrors(kuzet.context, kuzetErrors);
});

afterAll(async () => {
  await kuzet?.close();
  await server?.close();
});

describe('the page contract on every real saved page', () => {
  it.each(pages)('$file: $comments comments marked, no badge', async ({ url, comments }) => {
    const page = await kuzet.context.newPage();
    collectKuzetErrors(page, kuzetErrors);
    await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, comments, { timeout: 10_000 })
      .catch(() => undefined); // the exact count below says what went wrong
    await page.waitForTimeout(500); // a late extra mark or badge would show up here
    expect(await page.locator('[data-kuzet-comment]').count()).toBe(comments);
    expect(await page.locator('[data-kuzet-badge]').count()).toBe(0);
    await page.close();
  });

  it('writes no error of its own into any page or the service worker', () => {
    expect(kuzetErrors).toEqual([]);
  });
});
