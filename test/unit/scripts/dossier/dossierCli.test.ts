// The dossier CLI on a real export file: it writes the four files, dossier:verify passes on
// them and fails after one byte of accounts.csv changes; a key file is made once and reused;
// a broken line is reported with its number; large inputs draw a progress bar.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatNdjson } from '../../../../src/core/export/ndjsonFormat.ts';
import { parseDossierArgs } from '../../../../scripts/dossier/args.ts';
import { progressBar } from '../../../../scripts/dossier/progressBar.ts';
import { runDossier } from '../../../../scripts/dossier/run.ts';
import { verifyDir } from '../../../../scripts/dossier/verifyDir.ts';
import { realExport } from '../../core/dossier/realExport.ts';

const work = mkdtempSync(join(tmpdir(), 'kuzet-dossier-'));
const exportFile = join(work, 'export.ndjson');
writeFileSync(exportFile, formatNdjson(realExport()));
const NOW = Date.UTC(2024, 5, 1);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run dossier', () => {
  it('builds a dossier that verifies, and fails verification after one byte of accounts.csv changes', async () => {
    const out = join(work, 'dossier');
    const keyFile = join(work, 'key.json');
    const run = await runDossier(parseDossierArgs(['--ndjson', exportFile, '--out', out, '--key', keyFile, '--lang', 'ru']), NOW);
    expect(run).toMatchObject({ clusters: 1, keyOrigin: 'created' });
    expect(run.accounts).toBeGreaterThanOrEqual(20);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Досье Kuzet');
    expect(await verifyDir(out)).toEqual({ problems: [], files: 4, publicKey: run.publicKey });
    const csv = readFileSync(join(out, 'accounts.csv'));
    csv[csv.length - 5] = csv[csv.length - 5]! ^ 1;
    writeFileSync(join(out, 'accounts.csv'), csv);
    expect((await verifyDir(out)).problems).toEqual(['accounts.csv: changed (sha256 differs)']);
    // The same key file signs the next dossier: receivers learn one key.
    const again = await runDossier(parseDossierArgs(['--ndjson', exportFile, '--out', join(work, 'second'), '--key', keyFile]), NOW);
    expect(again).toMatchObject({ keyOrigin: 'read', publicKey: run.publicKey });
    expect((await verifyDir(join(work, 'second'), 'A'.repeat(43))).problems).toEqual([`signed by ${run.publicKey}, not by the expected key ${'A'.repeat(43)}`]);
  });

  it('exits non-zero from the command line on a changed dossier, zero on an intact one', async () => {
    const out = join(work, 'cli');
    await runDossier(parseDossierArgs(['--ndjson', exportFile, '--out', out]), NOW);
    const verify = () => spawnSync('npx', ['tsx', 'scripts/dossier-verify.ts', out], { encoding: 'utf8' });
    const ok = verify();
    expect(ok.stdout).toMatch(/^OK: 3 files match manifest.json/);
    expect(ok.status).toBe(0);
    writeFileSync(join(out, 'evidence.ndjson'), readFileSync(join(out, 'evidence.ndjson'), 'utf8').replace('"kind":"comment"', '"kind":"comment" '));
    const bad = verify();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('FAIL evidence.ndjson: changed');
  }, 60_000);

  it('names the broken line of a bad export and writes nothing', async () => {
    const broken = join(work, 'broken.ndjson');
    const rows = formatNdjson(realExport()).split('\n');
    rows[3] = '{"kind":"comment","id":1}';
    writeFileSync(broken, rows.join('\n'));
    await expect(runDossier(parseDossierArgs(['--ndjson', broken, '--out', join(work, 'none')]), NOW)).rejects.toThrow(/broken\.ndjson:4: /);
    expect(existsSync(join(work, 'none'))).toBe(false);
  });

  it('draws a progress bar that reaches 100%', async () => {
    let drawn = '';
    await runDossier(parseDossierArgs(['--ndjson', exportFile, '--out', join(work, 'bar')]), NOW, (bytes) => progressBar(bytes, (t) => (drawn += t)));
    expect(drawn).toMatch(/\[#{30}\] 100% [\d,]+ lines\n$/);
  });
});
