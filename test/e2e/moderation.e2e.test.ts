// The list server's moderator and appeal pages in a real browser (Chromium through Playwright,
// Firefox ESR through puppeteer over WebDriver BiDi: KUZET_BROWSER, like every e2e that
// calls sessionBrowser()), against the real server process on 127.0.0.1. Plain pages, no
// extension. The browser asks for Kazakh (Accept-Language and navigator.languages), so every
// string checked is the Kazakh one. Reports are signed in Node by independent reporter keys;
// the moderator signs in with a key printed by `npm run server -- --add-moderator`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/browser/find-chromium.ts';
import { findFirefox, firefoxPrefs } from '../../scripts/browser/firefox-prefs.ts';
import { sessionBrowser, type BrowserName } from '../../scripts/browser/session.ts';
import { formatMessage } from '../../src/core/insight/formatMessage.ts';
import { nodeKeyPair, type NodeKeyPair } from '../../src/server/reports/nodeSigner.ts';
import KK from '../../_locales/kk/messages.json';
import { discardTestServer, startTestServer, type TestServer } from '../server/serverProcess.ts';

const run = promisify(execFile);
const browserName = sessionBrowser();
const kk = (key: keyof typeof KK, ...substitutions: string[]) => formatMessage(KK, key, substitutions);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The few things this test does to a page, the same in both drivers. */
interface PlainPage {
  /** Brings the tab to the front, then loads `url`. */
  goto(url: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  click(selector: string): Promise<void>;
  waitFor(selector: string, hidden?: boolean): Promise<void>;
  /** textContent of every match, in document order. */
  texts(selector: string): Promise<string[]>;
  /** Runs source text in the page (the driver's own channel: the page's CSP does not apply). */
  evaluate(source: string): Promise<unknown>;
}

async function launchPlain(name: BrowserName, scratch: string): Promise<{ newPage(): Promise<PlainPage>; close(): Promise<void> }> {
  const wait = { timeout: 15_000 };
  if (name === 'chromium') {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      chromiumSandbox: process.getuid?.() !== 0,
      // Nothing but 127.0.0.1 (an address, never resolved) is reachable.
      args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    const context = await browser.newContext({ locale: 'kk-KZ', acceptDownloads: false });
    return {
      async newPage() {
        const page = await context.newPage();
        return {
          goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
          fill: (s, v) => page.locator(s).first().fill(v, wait),
          click: (s) => page.locator(s).first().click(wait),
          waitFor: (s, hidden) => page.locator(s).first().waitFor({ state: hidden ? 'detached' : 'attached', ...wait }),
          texts: (s) => page.locator(s).evaluateAll((els) => els.map((el) => el.textContent ?? '')),
          evaluate: (source) => page.evaluate(source),
        };
      },
      close: () => browser.close(),
    };
  }
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      // The sessions' closed proxy keeps everything off the network; loopback goes direct here.
      ...firefoxPrefs(),
      'network.proxy.allow_hijacking_localhost': false,
      'intl.accept_languages': 'kk-KZ, kk',
      'browser.download.folderList': 2,
      'browser.download.dir': scratch,
    },
  });
  return {
    async newPage() {
      const page = await browser.newPage();
      return {
        goto: async (url) => {
          // Puppeteer's locators wait for animation frames, which only the front tab gets.
          await page.bringToFront();
          await page.goto(url, { waitUntil: 'load' });
        },
        fill: async (s, v) => void (await page.locator(s).setTimeout(wait.timeout).fill(v)),
        click: async (s) => void (await page.locator(s).setTimeout(wait.timeout).click()),
        waitFor: async (s, hidden) => void (await page.waitForSelector(s, { ...wait, ...(hidden ? { hidden: true } : {}) })),
        texts: (s) => page.$$eval(s, (els) => els.map((el) => el.textContent ?? '')),
        evaluate: (source) => page.evaluate(source),
      };
    },
    close: () => browser.close(),
  };
}

async function axeViolations(page: PlainPage): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
  return found as string[];
}

let counter = 0;
const report = (who: NodeKeyPair, authorKey: string, text: string) =>
  who.signReport({
    v: 1,
    id: `mod-e2e-${process.pid}-${++counter}`,
    authorKey,
    displayName: authorKey.split(':')[1] ?? authorKey,
    category: 'coordinated',
    note: '',
    evidence: [{ commentId: `hackernews:${counter}`, url: `https://news.ycombinator.com/item?id=${900 + counter}`, text, time: 1_700_000_000_000 + counter }],
    reasons: ['copypasta'],
    createdAt: 1_700_000_000_000,
  });

let server: TestServer;
let moderatorKey = '';
let scratch = '';
let browser: Awaited<ReturnType<typeof launchPlain>> | undefined;
let moderate: PlainPage;
let appealId = '';
const TROLL = 'hackernews:troll_farm_7';
const CROWDED = 'hackernews:crowded_account';
const EVIDENCE = 'Vote for order, not for chaos. Everyone in my district agrees.';

const api = (path: string, body?: unknown) =>
  fetch(server.url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${moderatorKey}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'scripts/server.ts', ...args], { env: { ...process.env, ...server.env } });
const card = (authorKey: string) => `[data-kuzet-target="${authorKey}"]`;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'kuzet-moderation-e2e-'));
  server = await startTestServer('pglite');
  // The operator's way to make a moderator key, printed once.
  const { stdout } = await cli('--add-moderator', 'aigerim');
  moderatorKey = stdout.trim().split('\n').at(-1) ?? '';
  expect(moderatorKey).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  browser = await launchPlain(browserName, scratch);
  moderate = await browser.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server) await discardTestServer(server);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 60_000);

describe(`the moderator and appeal pages in ${browserName}, in Kazakh`, () => {
  it('refuses a wrong moderator key and says so in the reader\'s language', async () => {
    await moderate.goto(`${server.url}/moderate`);
    await moderate.waitFor('#kz-key');
    expect(await moderate.evaluate('document.documentElement.lang')).toBe('kk');
    expect(await moderate.evaluate('document.title')).toBe(kk('server_modTitle'));
    expect(await moderate.texts('h1')).toEqual([kk('server_modTitle')]);
    await moderate.fill('#kz-key', 'not-the-moderator-key-0000');
    await moderate.click('button[type="submit"]');
    await moderate.waitFor('[data-kuzet-error]');
    expect(await moderate.texts('[data-kuzet-error]')).toEqual([kk('server_keyRefused')]);
    expect(await moderate.texts('[data-kuzet-moderator], [data-kuzet-export]')).toEqual([]);
  });

  it('shows a troll reported by three independent reporters with evidence and records, and a burst as a possible brigade', async () => {
    const veterans = Array.from({ length: 6 }, () => nodeKeyPair());
    for (const k of veterans) expect((await api('/v1/mod/vouch', { reporterKey: k.publicKey, note: 'known activist' })).status).toBe(200);
    for (const k of veterans.slice(0, 3)) expect((await fetch(`${server.url}/v1/reports`, { method: 'POST', body: JSON.stringify(report(k, TROLL, EVIDENCE)) })).status).toBe(202);
    // Three other established reporters and five fresh keys within the hour: a burst.
    const burst = [...veterans.slice(3), ...Array.from({ length: 5 }, () => nodeKeyPair())];
    for (const k of burst) expect((await fetch(`${server.url}/v1/reports`, { method: 'POST', body: JSON.stringify(report(k, CROWDED, 'Same words again')) })).status).toBe(202);

    await moderate.fill('#kz-key', moderatorKey);
    await moderate.click('button[type="submit"]');
    await moderate.waitFor(card(TROLL));
    expect(await moderate.texts('[data-kuzet-error]')).toEqual([]);
    expect(await moderate.texts('[data-kuzet-moderator]')).toEqual([kk('server_signedIn', 'aigerim')]);
    expect(await moderate.texts(`${card(TROLL)} blockquote`)).toEqual([EVIDENCE, EVIDENCE, EVIDENCE]);
    expect(await moderate.texts(`${card(TROLL)} a[href^="https://news.ycombinator.com/item?id="]`)).toEqual([kk('cardEvidence', '1'), kk('cardEvidence', '1'), kk('cardEvidence', '1')]);
    // Each reporter's record as the server keeps it (a vouch counts as confirmed reports).
    type Queue = { items: { authorKey: string; reports: { reporter: { key: string; confirmed: number; rejected: number; weight: number } }[] }[] };
    const kept = ((await (await api('/v1/mod/queue')).json()) as Queue).items.find((i) => i.authorKey === TROLL)?.reports ?? [];
    expect(kept.map((r) => r.reporter.key).sort()).toEqual(veterans.slice(0, 3).map((k) => k.publicKey).sort());
    expect(kept.every((r) => r.reporter.confirmed > 0 && r.reporter.rejected === 0)).toBe(true);
    expect(await moderate.texts(`${card(TROLL)} [data-kuzet-record]`)).toEqual(
      kept.map(({ reporter: p }) => kk('server_reporterRecord', p.key.slice(0, 8), String(p.confirmed), String(p.rejected), p.weight.toFixed(2))),
    );
    expect(await moderate.texts(`${card(TROLL)} h3`)).toEqual([`troll_farm_7 ${TROLL} ${kk('categoryCoordinated')}`]);
    expect(await moderate.texts(`${card(TROLL)} [data-kuzet-brigade]`)).toEqual([]);
    expect(await moderate.texts(`${card(CROWDED)} [data-kuzet-brigade]`)).toEqual([kk('server_possibleBrigade')]);
  });

  it('takes a decision only with a reason, and shows it as decided', async () => {
    await moderate.click(`${card(TROLL)} [data-kuzet-choice="accept"]`);
    expect(await moderate.texts(`${card(TROLL)} textarea[aria-invalid="true"]`)).toEqual(['']);
    expect(((await (await api('/v1/mod/queue')).json()) as { items: { authorKey: string }[] }).items.map((i) => i.authorKey)).toContain(TROLL);

    await moderate.fill(`${card(TROLL)} textarea`, 'Same text as two other accounts within minutes');
    await moderate.click(`${card(TROLL)} [data-kuzet-choice="accept"]`);
    await moderate.waitFor(card(TROLL), true);
    expect(await moderate.texts('[data-kuzet-decided="troll_farm_7"]')).toEqual([`troll_farm_7 — ${kk('popupReportAccepted')}`]);
    expect(await moderate.texts(card(CROWDED))).toHaveLength(1);
  });

  it('takes an appeal on the public page, and the moderator sees and answers it', async () => {
    const appeal = await browser!.newPage();
    await appeal.goto(`${server.url}/appeal`);
    await appeal.waitFor('#kz-appeal-author');
    expect(await appeal.texts('h1')).toEqual([kk('server_appealTitle')]);
    expect(await appeal.evaluate('document.documentElement.lang')).toBe('kk');
    await appeal.fill('#kz-appeal-author', TROLL);
    await appeal.fill('#kz-appeal-statement', 'I am a real teacher from Taraz; my posts are my own.');
    await appeal.fill('#kz-appeal-contact', 'teacher@example.org');
    await appeal.click('button[type="submit"]');
    await appeal.waitFor('[data-kuzet-outcome="sent"]');
    const [sent] = await appeal.texts('[data-kuzet-outcome]');
    appealId = /[0-9a-f-]{36}/.exec(sent ?? '')?.[0] ?? '';
    expect(sent).toBe(kk('server_appealSent', appealId));
    expect(await axeViolations(appeal)).toEqual([]);

    await moderate.goto(`${server.url}/moderate`); // the key stays for this tab's session
    await moderate.waitFor(`[data-kuzet-appeal="${appealId}"]`);
    expect(await moderate.texts(`[data-kuzet-appeal="${appealId}"] blockquote`)).toEqual(['I am a real teacher from Taraz; my posts are my own.']);
    expect(await moderate.texts(`[data-kuzet-appeal="${appealId}"] code`)).toEqual([TROLL]);
    expect(await axeViolations(moderate)).toEqual([]);
    await moderate.fill(`[data-kuzet-appeal="${appealId}"] textarea`, 'Profile verified by phone call');
    await moderate.click(`[data-kuzet-appeal="${appealId}"] [data-kuzet-choice="delist"]`);
    await moderate.waitFor(`[data-kuzet-appeal="${appealId}"]`, true);
    expect(await moderate.texts('p')).toContain(kk('server_appealsEmpty'));
  });

  it('exports an audit log that `--verify-audit` accepts, and a changed byte it refuses', async () => {
    // The export hands the browser a Blob; keep a copy of what the page hands over.
    await moderate.evaluate(`window.kuzetExported = null;
      const make = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob) => { window.kuzetExported = blob.text(); return make(blob); };`);
    await moderate.click('[data-kuzet-export]');
    // The page fetches the log before it makes the Blob: wait for the hand-over (Chromium's click
    // returns before the fetch does), bounded so a page that never exports fails here.
    const ndjson = String(await moderate.evaluate(`new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = () => window.kuzetExported ? resolve(window.kuzetExported)
        : Date.now() - started > 20000 ? reject(new Error('the page exported nothing within 20 s'))
        : setTimeout(poll, 50);
      poll();
    })`));
    const actions = ndjson.trim().split('\n').map((line) => (JSON.parse(line) as { action: string }).action);
    expect(actions).toEqual(expect.arrayContaining(['reporter.vouch', 'decision.accept', 'appeal.filed', 'appeal.delist']));
    expect(ndjson).not.toContain('teacher@example.org');
    const file = join(scratch, 'audit.ndjson');
    writeFileSync(file, ndjson);
    const { stdout } = await cli('--verify-audit', file);
    expect(stdout).toMatch(new RegExp(`^audit log intact: ${actions.length} entries`));
    writeFileSync(file, ndjson.replace('Profile verified by phone call', 'Profile verified by email'));
    await expect(cli('--verify-audit', file)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('audit log broken at line') });
  });
});
