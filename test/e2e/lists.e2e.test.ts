// Issue 7 item 9 in a real browser (Chromium only; see below): on the real saved Hacker News
// thread a reader makes a report in Kuzet's popup, the extension signs it and POSTs it to the
// real list server process on 127.0.0.1, a moderator vouches three reporters (the server counts
// unknown keys as newcomers), two more reports agree, the account reaches the moderation queue,
// is accepted and published, and a FRESH profile subscribed through the options page's form
// (list URL + pinned public key) badges that author, and no one else, on the unchanged thread.
//
// Host access: the options forms ask for the server's origin with permissions.request inside the
// click, and a prompt for a new host is browser UI a driver cannot click. The test therefore
// installs a copy of dist/chrome whose manifest also lists http://127.0.0.1/* (as a user who
// accepted that prompt would hold it); the browser then grants the forms' request without a
// prompt, as in siteRules.e2e.test.ts. Release builds are untouched (test/unit/build checks them).
// The test profile resolves no host (launch.ts), so the driver carries the browser's requests
// for the server's origin to the real process byte for byte, as route-real-urls.ts does for pages.
// Chromium only (it drives Playwright directly, not the two-browser session driver): Firefox's
// test profile sends every request through a closed proxy port and has no such route.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/browser/fixture-server.ts';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { collectKuzetErrors, collectWorkerErrors } from '../../scripts/browser/kuzet-errors.ts';
import { launchKuzet, type Kuzet } from '../../scripts/browser/launch.ts';
import { distChrome } from '../../scripts/browser/paths.ts';
import { routeRealUrls } from '../../scripts/browser/route-real-urls.ts';
import { postOpenRequest } from '../../scripts/browser/session.ts';
import { reportBodyOf } from '../../src/background/reports/reportBody.ts';
import { keyHash } from '../../src/core/lists/format.ts';
import { newKeyPair, secretKeySigner, signReport } from '../../src/core/lists/signing.ts';
import type { ExtensionPage } from '../../src/messages/e2e.ts';
import { discardTestServer, startTestServer, type TestServer } from '../server/serverProcess.ts';

const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];
const REPORTED = 'hackernews:WalterBright';

let server: TestServer;
let dist: string;
let browser: { kuzet: Kuzet; fixtures: FixtureServer } | undefined;
let reportId = '';
/** Every error Kuzet wrote in either profile: its pages, the thread, its service worker. */
const errors: string[] = [];

/** A copy of the unpacked build that also holds http://127.0.0.1/* (see the header). */
function distWithLoopbackAccess(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kuzet-lists-e2e-dist-'));
  cpSync(distChrome, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('http://127.0.0.1/*');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** A fresh profile with Kuzet installed, the saved thread under its real URL, and the list server reachable. */
async function openBrowser(): Promise<{ kuzet: Kuzet; fixtures: FixtureServer; thread: Page }> {
  const fixtures = await startFixtureServer({ [HN_THREAD.url]: readThreadHtml() });
  const kuzet = await launchKuzet({ headless: true, distDir: dist });
  browser = { kuzet, fixtures };
  await routeRealUrls(kuzet.context, fixtures);
  collectWorkerErrors(kuzet.context, errors);
  kuzet.context.on('page', (page) => collectKuzetErrors(page, errors));
  // The profile resolves no host at all (launch.ts), so the browser's requests to the server's
  // origin are carried to the real process by the driver: same method, headers and body bytes,
  // and the server's answer handed back unchanged. Routes registered later win over routeRealUrls.
  const serverOrigin = new URL(server.url).origin;
  await kuzet.context.route(
    (url) => url.origin === serverOrigin,
    async (route) => {
      try {
        await route.fulfill({ response: await route.fetch() });
      } catch {
        await route.abort().catch(() => undefined); // the page closed meanwhile
      }
    },
  );
  const thread = await kuzet.context.newPage();
  await thread.goto(HN_THREAD.url, { waitUntil: 'load' });
  await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments, { timeout: 15_000 });
  return { kuzet, fixtures, thread };
}

async function closeBrowser(): Promise<void> {
  if (!browser) return;
  await browser.kuzet.close();
  await browser.fixtures.close();
  browser = undefined;
}

/** Has Kuzet open its popup or options page for `from` (src/content/e2eHook.ts). */
async function openExtensionPage(context: BrowserContext, kuzet: Kuzet, from: Page, page: ExtensionPage): Promise<Page> {
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().startsWith(`chrome-extension://${kuzet.extensionId}/${page}`), timeout: 10_000 });
  await from.evaluate(postOpenRequest, page);
  const tab = await opened;
  await tab.waitForLoadState('load');
  return tab;
}

/** The authors whose comments carry a badge, each once. */
const badgedAuthors = (thread: Page): Promise<string[]> =>
  thread.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('[data-kuzet-comment]')).filter((r) => r.querySelector('[data-kuzet-badge]'));
    return [...new Set(rows.map((r) => r.querySelector('a.hnuser')?.textContent ?? '?'))].sort();
  });

const moderator = (path: string, body?: unknown) =>
  fetch(server.url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.moderatorToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

beforeAll(async () => {
  dist = distWithLoopbackAccess();
  server = await startTestServer('pglite', { KUZET_LIST_NAME: 'Browser round trip', KUZET_LIST_MAINTAINER: 'Kuzet e2e' });
}, 300_000);

afterAll(async () => {
  await closeBrowser();
  if (server) await discardTestServer(server);
  if (dist) rmSync(dist, { recursive: true, force: true });
}, 60_000);

describe('a report made in the popup, through the real list server, to a fresh profile', () => {
  it('sends a report made in the popup to the server named in the options', async () => {
    const { kuzet, thread } = await openBrowser();
    await thread.evaluate(replayComment, { sourceId: '28385973', authors: BRIGADE, firstId: 99_000_001 });
    await thread.waitForFunction(() => document.querySelectorAll('[data-kuzet-badge]').length > 0, undefined, { timeout: 10_000 });

    const options = await openExtensionPage(kuzet.context, kuzet, thread, 'options.html');
    const serverForm = '[data-kuzet-options="report-server"]';
    await options.locator(`${serverForm} input[name="report-server"]`).fill(server.url);
    await options.locator(`${serverForm} button[type="submit"]`).click();
    await options.locator(`${serverForm} .kz-muted`).waitFor({ state: 'detached', timeout: 10_000 });
    expect(await options.locator(`${serverForm} [role="alert"]`).count()).toBe(0);

    const popup = await openExtensionPage(kuzet.context, kuzet, thread, 'popup.html');
    await popup.locator(`[data-kuzet-report="${REPORTED}"]`).first().click();
    // Queued, then sent at once: the popup shows the server's answer after a reload at most.
    const sent = popup.locator('[data-kuzet-popup="lists"] [data-kuzet-report-status="sent"]');
    await expect
      .poll(async () => (await sent.count()) > 0 || (await popup.reload(), false), { timeout: 20_000, interval: 1_000 })
      .toBe(true);
    reportId = (await sent.first().getAttribute('data-kuzet-report')) ?? '';
    expect(reportId).not.toBe('');
    const status = await fetch(`${server.url}/v1/reports/${encodeURIComponent(reportId)}/status`);
    expect(status.status).toBe(200);
    expect(((await status.json()) as { status: string }).status).toBe('queued');

    // The moderator vouches for this install's key (the reader hands it over, as a known activist would).
    const installKey = await options.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('kuzet');
          open.onerror = () => reject(new Error('no kuzet database'));
          open.onsuccess = () => {
            const get = open.result.transaction('installKey').objectStore('installKey').get('install');
            get.onsuccess = () => resolve((get.result as { publicKey: string }).publicKey);
            get.onerror = () => reject(new Error('no install key'));
          };
        }),
    );
    expect((await moderator('/v1/mod/vouch', { reporterKey: installKey, note: 'the e2e reader' })).status).toBe(200);
    await closeBrowser();
  });

  it('reaches moderation with two more vouched reporters, is accepted and published', async () => {
    for (let i = 0; i < 2; i++) {
      const key = await newKeyPair();
      expect((await moderator('/v1/mod/vouch', { reporterKey: key.publicKey, note: `activist ${i}` })).status).toBe(200);
      const body = reportBodyOf(
        {
          id: `lists-e2e-other-${i}`,
          authorKey: REPORTED,
          displayName: 'WalterBright',
          category: 'coordinated',
          note: 'replays another account’s comment',
          evidence: [{ commentId: 'hackernews:99000001', url: HN_THREAD.url, text: 'replayed comment', time: Date.now() }],
          reasons: [],
          createdAt: Date.now(),
          status: 'queued',
        },
        key.publicKey,
      );
      const signed = await signReport(body, secretKeySigner(key.secretKey));
      const posted = await fetch(`${server.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(signed) });
      expect(posted.status).toBe(202);
    }
    const queue = (await (await moderator('/v1/mod/queue')).json()) as { items: { authorKey: string }[] };
    expect(queue.items.map((item) => item.authorKey)).toContain(REPORTED);
    const decided = await moderator('/v1/mod/decisions', { keyHash: await keyHash(REPORTED), decision: 'accept', reason: 'replays another account’s comment' });
    expect(decided.status).toBe(200);
    expect((await moderator('/v1/mod/publish', {})).status).toBe(200);
    const status = (await (await fetch(`${server.url}/v1/reports/${encodeURIComponent(reportId)}/status`)).json()) as { status: string };
    expect(status.status, 'the popup report counted toward the decision').toBe('accepted');
  });

  it('badges that author, and no one else, in a fresh profile subscribed through the options form', async () => {
    const { kuzet, thread } = await openBrowser();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await badgedAuthors(thread), 'the unchanged thread shows no badge before subscribing').toEqual([]);

    const pinned = (JSON.parse(readFileSync(join(server.dataDir, 'list-key.json'), 'utf8')) as { publicKey: string }).publicKey;
    const listUrl = `${server.url}/lists`;
    const options = await openExtensionPage(kuzet.context, kuzet, thread, 'options.html');
    const form = '[data-kuzet-options="subscribe"]';
    await options.locator(`${form} input[name="list-url"]`).fill(listUrl);
    await options.locator(`${form} input[name="list-key"]`).fill(pinned);
    await options.locator(`${form} button[type="submit"]`).click();
    await options.locator(`[data-kuzet-options="lists"] [data-kuzet-list="${listUrl}"][data-kuzet-list-state="ok"]`).waitFor({ timeout: 15_000 });
    expect(await options.locator('[data-kuzet-options-status="subscribe-error"]').count()).toBe(0);

    await thread.bringToFront();
    await expect.poll(() => badgedAuthors(thread), { timeout: 15_000 }).toEqual(['WalterBright']);
  });

  it('writes no error of its own in either profile', () => {
    expect(errors).toEqual([]);
  });
});
