// A user's site rule in real Chromium, on the real saved Hacker News thread: the options page
// counts live what the rule finds in the open tab (scripting.executeScript in that tab), saving
// registers Kuzet's content script for the host at run time, the page keeps being read by the
// built-in adapter with each flagged comment badged once, removing the rule unregisters it, and
// a bad selector gives a message on the page and no error anywhere. The host is one Kuzet
// already holds, so Chromium grants the request without a prompt (a prompt for a new host is
// browser UI Playwright cannot click; unit tests cover that path with the mock connector).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/browser/fixture-server.ts';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { collectKuzetErrors, collectWorkerErrors } from '../../scripts/browser/kuzet-errors.ts';
import { launchKuzet, type Kuzet } from '../../scripts/browser/launch.ts';
import { routeRealUrls } from '../../scripts/browser/route-real-urls.ts';
import { badgeHostCount, commentsBy } from './page-probes.ts';

const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];
const RULE_ID = 'kuzet-user:https://news.ycombinator.com/*';
let server: FixtureServer;
let kuzet: Kuzet;
let thread: Page;
let options: Page;
const kuzetErrors: string[] = [];

async function fill(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) await page.locator(`[data-kuzet-rules="form"] input[name="${name}"]`).fill(value);
}

const registeredIds = async (): Promise<string[]> =>
  (await kuzet.serviceWorker()).evaluate(async () => {
    type Api = { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
    return (await (globalThis as unknown as { chrome: Api }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
  });

beforeAll(async () => {
  server = await startFixtureServer({ [HN_THREAD.url]: readThreadHtml() });
  kuzet = await launchKuzet({ headless: true });
  await routeRealUrls(kuzet.context, server);
  collectWorkerErrors(kuzet.context, kuzetErrors);
  thread = await kuzet.context.newPage();
  collectKuzetErrors(thread, kuzetErrors);
  await thread.goto(HN_THREAD.url);
  options = await kuzet.context.newPage();
  collectKuzetErrors(options, kuzetErrors);
  await options.goto(`chrome-extension://${kuzet.extensionId}/options.html`);
  await options.locator('[data-kuzet-options="site-rules"]').waitFor({ timeout: 10_000 });
});

afterAll(async () => {
  await kuzet?.close();
  await server?.close();
});

describe('a user site rule on the saved Hacker News thread', () => {
  it('says under the field when a selector is not CSS', async () => {
    await fill(options, { pattern: 'news.ycombinator.com', name: 'HN', comment: 'tr.athing[', author: 'a.hnuser', text: '.commtext' });
    await expect.poll(() => options.locator('[data-kuzet-rules-issue="comment"]').textContent()).toBe('“tr.athing[” is not a valid CSS selector.');
    expect(await options.locator('[data-kuzet-rules="count"]').isDisabled()).toBe(true);
  });

  it('counts the comments and authors the rule finds in the open tab, live', async () => {
    await fill(options, { comment: 'tr.athing.comtr' });
    await options.locator('[data-kuzet-rules="count"]').click();
    const probe = options.locator('[data-kuzet-rules="probe"]');
    await expect.poll(() => probe.textContent(), { timeout: 10_000 }).toMatch(/finds 147 comments \(authors: 113\)/);
    await fill(options, { author: 'a.no-such-author' }); // no click: the count follows the edit
    await expect.poll(() => probe.textContent(), { timeout: 10_000 }).toMatch(/finds 0 comments \(authors: 0\)/);
    await fill(options, { author: 'a.hnuser' });
    await expect.poll(() => probe.textContent(), { timeout: 10_000 }).toMatch(/finds 147 comments/);
  });

  it('saves the rule and registers Kuzet for the host', async () => {
    await options.locator('[data-kuzet-rules="save"]').click();
    await options.locator('[data-kuzet-rules-access="active"]').waitFor({ timeout: 10_000 });
    expect(await registeredIds()).toContain(RULE_ID);
  });

  it('still reads the reloaded page with the built-in adapter, badging each flagged comment once', async () => {
    // The manifest's content script and the user's registration both match this page. The
    // built-in adapter must serve it (user rules come after built-ins, or every author would be
    // two accounts in one thread), and only one Kuzet may run.
    await thread.reload();
    await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments);
    await thread.evaluate(replayComment, { sourceId: '28385973', authors: BRIGADE, firstId: 99_000_001 });
    const expected = await commentsBy(thread, BRIGADE);
    await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-badge]').length >= n, expected, { timeout: 10_000 });
    await thread.waitForTimeout(1_000); // let a second Kuzet's late badges show up before counting
    expect(await badgeHostCount(thread)).toBe(expected);
    const marks = await thread.locator('[data-kuzet-comment]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kuzet-comment') ?? ''));
    expect(marks).toHaveLength(HN_THREAD.comments + BRIGADE.length);
    expect(marks.every((id) => id.startsWith('hackernews:'))).toBe(true);
  });

  it('removing the rule unregisters it', async () => {
    await options.locator('[data-kuzet-rules="remove"]').click();
    await options.locator('[data-kuzet-rules-access]').waitFor({ state: 'detached', timeout: 10_000 });
    await expect.poll(registeredIds).not.toContain(RULE_ID);
  });

  it('writes no error of its own into the page, the options page or the service worker', () => {
    expect(kuzetErrors).toEqual([]);
  });
});
