// Issue 7 item 9 in a real browser, Chromium and Firefox ESR alike (scripts/browser/session.ts):
// on the real saved Hacker News thread a reader makes a report in Kuzet's popup, the extension
// signs it and POSTs it to the real list server process on 127.0.0.1, a moderator vouches three
// reporters (the server counts unknown keys as newcomers), two more reports agree, the account
// reaches the moderation queue, is accepted and published, and a FRESH profile subscribed through
// the options page's form (list URL + pinned public key) badges that author, and no one else, on
// the unchanged thread.
//
// Reaching the server: both test profiles are kept off the network (Chromium resolves no host,
// Firefox sends everything to a closed proxy); the session's loopbackOrigins lets the server's
// origin through, and only it (scripts/browser/lists-loopback.ts).
// Host access and consent: the options forms ask for the server's origin with
// permissions.request inside the click, and in Firefox the popup's Report click also asks for the
// 'websiteContent' data-collection consent (src/ui/connect/data-consent.ts). Both prompts are
// browser UI no driver can click. Firefox accepts them as a user would through
// extensions.webextOptionalPermissionPrompts=false (acceptPermissionPrompts), on the real build;
// Chromium, which has no such switch and asks no consent, installs a copy of dist/chrome that
// already holds http://127.0.0.1/* (scripts/browser/lists-dist.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { chromeDistWithLoopbackAccess, type TempDist } from '../../scripts/browser/lists-dist.ts';
import { launchSession, sessionBrowser, type Session, type Tab } from '../../scripts/browser/session.ts';
import { reportBodyOf } from '../../src/background/reports/reportBody.ts';
import { keyHash } from '../../src/core/lists/format.ts';
import { newKeyPair, secretKeySigner, signReport } from '../../src/core/lists/signing.ts';
import { discardTestServer, startTestServer, type TestServer } from '../server/serverProcess.ts';

const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];
const REPORTED = 'hackernews:WalterBright';
const browserName = sessionBrowser();
/** A test that starts a browser: Firefox took 30-40 s for one on the loaded 2-core machine. */
const BROWSER_TEST_MS = 120_000;

let server: TestServer;
let dist: TempDist | undefined;
let session: Session | undefined;
let reportId = '';
/** Every error Kuzet wrote in either profile (its pages, the thread, and what the driver sees of its background). */
const errors: string[] = [];

/** A fresh profile with Kuzet installed, the saved thread under its real URL, and the list server reachable. */
async function openBrowser(): Promise<{ session: Session; thread: Tab }> {
  session = await launchSession({
    pages: { [HN_THREAD.url]: readThreadHtml() },
    loopbackOrigins: [new URL(server.url).origin],
    acceptPermissionPrompts: true,
    ...(dist ? { distDir: dist.dir } : {}),
  });
  const thread = await session.newTab();
  await thread.goto(HN_THREAD.url);
  await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments, { timeout: 20_000 });
  return { session, thread };
}

async function closeBrowser(): Promise<void> {
  if (!session) return;
  errors.push(...session.errors);
  await session.close();
  session = undefined;
}

/** The authors whose comments carry a badge, each once. */
const badgedAuthors = (thread: Tab): Promise<string[]> =>
  thread.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('[data-kuzet-comment]')).filter((r) => r.querySelector('[data-kuzet-badge]'));
    return [...new Set(rows.map((r) => r.querySelector('a.hnuser')?.textContent ?? '?'))].sort();
  });

/** This install's public key, read from Kuzet's own database in one of its pages. */
const installKeyOf = (extensionPage: Tab): Promise<string> =>
  extensionPage.evaluate(
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

const moderator = (path: string, body?: unknown) =>
  fetch(server.url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.moderatorToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

beforeAll(async () => {
  if (browserName === 'chromium') dist = chromeDistWithLoopbackAccess();
  server = await startTestServer('pglite', { KUZET_LIST_NAME: 'Browser round trip', KUZET_LIST_MAINTAINER: 'Kuzet e2e' });
}, 300_000);

afterAll(async () => {
  await closeBrowser();
  if (server) await discardTestServer(server);
  dist?.remove();
}, 60_000);

describe(`a report made in the popup, through the real list server, to a fresh ${browserName} profile`, () => {
  it('sends a report made in the popup to the server named in the options', async () => {
    const { session, thread } = await openBrowser();
    await thread.evaluate(replayComment, { sourceId: '28385973', authors: BRIGADE, firstId: 99_000_001 });
    await thread.waitForFunction(() => document.querySelectorAll('[data-kuzet-badge]').length > 0, undefined, { timeout: 10_000 });

    const options = await session.openExtensionPage(thread, 'options.html');
    const serverForm = '[data-kuzet-options="report-server"]';
    await options.fill(`${serverForm} input[name="report-server"]`, server.url);
    await options.click(`${serverForm} button[type="submit"]`);
    await options.waitFor(`${serverForm} .kz-muted`, { state: 'detached' });
    expect(await options.count(`${serverForm} [role="alert"]`)).toBe(0);

    const popup = await session.openExtensionPage(thread, 'popup.html');
    // In Firefox this click also asks for the data-collection consent, accepted (see the header).
    await popup.click(`[data-kuzet-report="${REPORTED}"]`);
    // Queued, then sent at once: the popup shows the server's answer after a reload at most.
    const sent = '[data-kuzet-popup="lists"] [data-kuzet-report-status="sent"]';
    await expect
      .poll(async () => (await popup.count(sent)) > 0 || (await popup.reload(), false), { timeout: 20_000, interval: 1_000 })
      .toBe(true);
    reportId = (await popup.attributes(sent, 'data-kuzet-report'))[0] ?? '';
    expect(reportId).not.toBe('');
    const status = await fetch(`${server.url}/v1/reports/${encodeURIComponent(reportId)}/status`);
    expect(status.status).toBe(200);
    expect(((await status.json()) as { status: string }).status).toBe('queued');

    // The moderator vouches for this install's key (the reader hands it over, as a known activist would).
    const installKey = await installKeyOf(options);
    expect((await moderator('/v1/mod/vouch', { reporterKey: installKey, note: 'the e2e reader' })).status).toBe(200);
    await closeBrowser();
  }, BROWSER_TEST_MS);

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
    const { session, thread } = await openBrowser();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await badgedAuthors(thread), 'the unchanged thread shows no badge before subscribing').toEqual([]);

    const pinned = (JSON.parse(readFileSync(join(server.dataDir, 'list-key.json'), 'utf8')) as { publicKey: string }).publicKey;
    const listUrl = `${server.url}/lists`;
    const options = await session.openExtensionPage(thread, 'options.html');
    const form = '[data-kuzet-options="subscribe"]';
    await options.fill(`${form} input[name="list-url"]`, listUrl);
    await options.fill(`${form} input[name="list-key"]`, pinned);
    await options.click(`${form} button[type="submit"]`);
    await options.waitFor(`[data-kuzet-options="lists"] [data-kuzet-list="${listUrl}"][data-kuzet-list-state="ok"]`, { timeout: 15_000 });
    expect(await options.count('[data-kuzet-options-status="subscribe-error"]')).toBe(0);

    await thread.bringToFront();
    await expect.poll(() => badgedAuthors(thread), { timeout: 15_000 }).toEqual(['WalterBright']);
  }, BROWSER_TEST_MS);

  it('writes no error of its own in either profile', async () => {
    await closeBrowser();
    expect(errors).toEqual([]);
  });
});
