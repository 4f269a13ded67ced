// From browsing to a verified dossier, the way the README tells it, in Chromium and Firefox ESR
// alike (scripts/browser/session.ts): Kuzet reads the real saved Hacker News thread, one real
// comment is replayed by three other real authors of the thread (the brigade the reader e2e
// uses), the options page's Networks section shows them as one network, the reviewer adds a note
// and exports; report.html opens in the same browser with JavaScript disabled and shows the
// network, its evidence and page URLs; dossier:verify passes on the folder and fails after one
// byte of accounts.csv changes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewReportWithoutScripts } from '../../scripts/browser/dossier-report-view.ts';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { launchSession, sessionBrowser, type Session, type Tab } from '../../scripts/browser/session.ts';

const SOURCE_ID = '28385973';
const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];
const NOTE = 'Checked by hand: one text, three accounts, minutes apart.';
const browserName = sessionBrowser();

let session: Session | undefined;
let options: Tab;
const errors: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'kuzet-dossier-e2e-'));
let folder = '';

async function closeSession(): Promise<void> {
  if (!session) return;
  errors.push(...session.errors);
  await session.close();
  session = undefined;
}

beforeAll(async () => {
  session = await launchSession({ pages: { [HN_THREAD.url]: readThreadHtml() } });
  const thread = await session.newTab();
  await thread.goto(HN_THREAD.url);
  await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments, { timeout: 20_000 });
  await thread.evaluate(replayComment, { sourceId: SOURCE_ID, authors: BRIGADE, firstId: 99_000_001 });
  options = await session.openExtensionPage(thread, 'options.html');
  // The replayed comments reach the background in the next batch: reload until the network shows.
  for (let tries = 0; tries < 20; tries++) {
    const shown = await options.waitFor('[data-kuzet-network], [data-kuzet-networks-empty]', { timeout: 5_000 }).then(() => true, () => false);
    if (shown && (await options.count('[data-kuzet-network]')) > 0) break;
    await new Promise((r) => setTimeout(r, 500));
    await options.reload();
  }
});

afterAll(async () => {
  await closeSession();
  rmSync(work, { recursive: true, force: true });
});

describe(`the investigator’s dossier in ${browserName}`, () => {
  it('shows the replaying accounts as one network in the options page', async () => {
    await options.waitFor('[data-kuzet-network]', { timeout: 15_000 });
    expect(await options.count('[data-kuzet-network]')).toBe(1);
    const members = await options.attributes('[data-kuzet-network] [data-kuzet-member]', 'data-kuzet-member');
    expect(members.sort()).toEqual(BRIGADE.map((a) => `hackernews:${a}`).sort());
  });

  it('exports a zip holding one dossier folder', async () => {
    await options.fill('.kz-network-note textarea', NOTE);
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // the note is kept on blur
    await options.click('[data-kuzet-ready]');
    const zip = await options.download('[data-kuzet-export-dossier]', { timeout: 30_000 });
    expect(zip.name).toMatch(/\.zip$/);
    await options.waitFor('[data-kuzet-dossier-saved]');
    for (const [path, bytes] of Object.entries(unzipSync(zip.bytes))) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), bytes);
    }
    folder = join(work, zip.name.replace(/\.zip$/, ''));
    expect(readFileSync(join(folder, 'manifest.json'), 'utf8')).toContain('"format": "kuzet-dossier"');
  });

  it(`opens report.html in ${browserName} with JavaScript disabled and shows the network, evidence and URLs`, async () => {
    await closeSession(); // one browser at a time on a small machine
    const report = await viewReportWithoutScripts(browserName, join(folder, 'report.html'));
    expect(report.clusters).toBe(1);
    expect(report.accounts.sort()).toEqual(BRIGADE.map((a) => `hackernews:${a}`).sort());
    expect(report.evidence).toBeGreaterThanOrEqual(BRIGADE.length);
    expect(report.firstEvidenceVisible).toBe(true);
    expect(report.links.filter((href) => href === HN_THREAD.url).length).toBeGreaterThanOrEqual(BRIGADE.length);
    expect(report.text).toContain(NOTE);
    expect(report.text).toMatch(/seen by Kuzet \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(report.text).toContain("Other people's comments in the same threads are left out, and their names in reasons are shown as […].");
    expect(report.svgs).toBeGreaterThanOrEqual(2);
    expect(report.scripts).toBe(0);
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

  it('writes no error of its own', () => {
    expect(errors).toEqual([]);
  });
});
