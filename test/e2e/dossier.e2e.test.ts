// From browsing to a verified dossier, the way the README tells it: Kuzet reads the real saved
// Hacker News thread, one real comment is replayed by three other real authors of the thread
// (the brigade the reader e2e uses), the options page's Networks section shows them as one
// network, the reviewer adds a note and exports; report.html opens in Chromium with JavaScript
// disabled and shows the network, its evidence and page URLs; dossier:verify passes on the
// folder and fails after one byte of accounts.csv changes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/browser/find-chromium.ts';
import { startFixtureServer, type FixtureServer } from '../../scripts/browser/fixture-server.ts';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { launchKuzet, type Kuzet } from '../../scripts/browser/launch.ts';
import { routeRealUrls } from '../../scripts/browser/route-real-urls.ts';

const SOURCE_ID = '28385973';
const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];
const NOTE = 'Checked by hand: one text, three accounts, minutes apart.';

let kuzet: Kuzet;
let server: FixtureServer;
let options: Page;
const work = mkdtempSync(join(tmpdir(), 'kuzet-dossier-e2e-'));
let folder = '';

beforeAll(async () => {
  kuzet = await launchKuzet({ headless: true });
  server = await startFixtureServer({ [HN_THREAD.url]: readThreadHtml() });
  await routeRealUrls(kuzet.context, server);
  const page = await kuzet.context.newPage();
  await page.goto(HN_THREAD.url);
  await page.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments, { timeout: 20_000 });
  await page.evaluate(replayComment, { sourceId: SOURCE_ID, authors: BRIGADE, firstId: 99_000_001 });
  options = await kuzet.context.newPage();
  // The replayed comments reach the background in the next batch: reopen until the network shows.
  for (let tries = 0; tries < 20; tries++) {
    await options.goto(`chrome-extension://${kuzet.extensionId}/options.html`);
    const shown = await options.locator('[data-kuzet-network], [data-kuzet-networks-empty]').first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (shown && (await options.locator('[data-kuzet-network]').count()) > 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
});

afterAll(async () => {
  await kuzet?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the investigator’s dossier in Chromium', () => {
  it('shows the replaying accounts as one network in the options page', async () => {
    const network = options.locator('[data-kuzet-network]');
    await network.waitFor({ timeout: 15_000 });
    expect(await network.count()).toBe(1);
    const members = await network.locator('[data-kuzet-member]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kuzet-member')));
    expect(members.sort()).toEqual(BRIGADE.map((a) => `hackernews:${a}`).sort());
  });

  it('exports a zip holding one dossier folder', async () => {
    await options.locator('.kz-network-note textarea').fill(NOTE);
    await options.locator('.kz-network-note textarea').blur();
    await options.locator('[data-kuzet-ready]').check();
    const downloading = options.waitForEvent('download', { timeout: 30_000 });
    await options.locator('[data-kuzet-export-dossier]').click();
    const download = await downloading;
    const zipPath = join(work, download.suggestedFilename());
    await download.saveAs(zipPath);
    await options.locator('[data-kuzet-dossier-saved]').waitFor({ timeout: 10_000 });
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), bytes);
    }
    folder = join(work, download.suggestedFilename().replace(/\.zip$/, ''));
    expect(readFileSync(join(folder, 'manifest.json'), 'utf8')).toContain('"format": "kuzet-dossier"');
  });

  it('opens report.html with JavaScript disabled and shows the network, evidence and URLs', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), headless: true, chromiumSandbox: process.getuid?.() !== 0 });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const report = await context.newPage();
      await report.goto(`file://${join(folder, 'report.html')}`);
      expect(await report.locator('[data-cluster-id]').count()).toBe(1);
      const accounts = await report.locator('[data-account]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-account')));
      expect(accounts.sort()).toEqual(BRIGADE.map((a) => `hackernews:${a}`).sort());
      const evidence = report.locator('article.evidence');
      expect(await evidence.count()).toBeGreaterThanOrEqual(BRIGADE.length);
      await expect(evidence.first().isVisible()).resolves.toBe(true);
      const pageLinks = await report.locator(`a[href="${HN_THREAD.url}"]`).count();
      expect(pageLinks).toBeGreaterThanOrEqual(BRIGADE.length);
      const text = (await report.locator('body').innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(NOTE);
      expect(text).toMatch(/seen by Kuzet \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
      expect(text).toContain("Other people's comments in the same threads are left out, and their names in reasons are shown as […].");
      expect(await report.locator('svg').count()).toBeGreaterThanOrEqual(2);
      expect(await report.locator('script').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it('passes dossier:verify, and fails it after one byte of accounts.csv changes', () => {
    const verify = () => spawnSync('npx', ['tsx', 'scripts/dossier-verify.ts', folder], { encoding: 'utf8' });
    const ok = verify();
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const csvPath = join(folder, 'accounts.csv');
    const csv = readFileSync(csvPath);
    csv[csv.length - 3] = csv[csv.length - 3]! ^ 0x01;
    writeFileSync(csvPath, csv);
    const bad = verify();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('FAIL accounts.csv: changed');
  });
});
