// The dossier from a real export: clusters, accounts and cited comments in report.html with their
// page URLs; only flagged accounts and their cited comments unless the user opts in; accounts.csv
// one row per account; evidence.ndjson readable as C6; manifest verifies and catches any change.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierRequest } from '../../../../src/core/dossier/buildDossier.ts';
import { type Catalog, wordsOf } from '../../../../src/core/dossier/catalog.ts';
import { verifyDossier } from '../../../../src/core/dossier/manifest.ts';
import { parseExportLine } from '../../../../src/core/export/ndjsonFormat.ts';
import { newKeyPair, secretKeySigner } from '../../../../src/core/lists/signing.ts';
import { networksOfExport } from '../../../../src/core/networks/fromExport.ts';
import { applyMarks } from '../../../../src/core/networks/marks.ts';
import { EXPORTED_AT, realExport, realThread, THREAD } from './realExport.ts';

const sha256 = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
const catalog = (lang: string) => JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Catalog;
const text = (files: Map<string, Uint8Array>, name: string) => new TextDecoder().decode(files.get(name));

const lines = realExport();
const comments = realThread();
const ordinaryKeys = new Set(comments.filter((c) => c.authorKey.startsWith('x:ordinary')).map((c) => c.authorKey));
const { clusters } = networksOfExport(lines);
const key = await newKeyPair();

async function dossier(over: Partial<DossierRequest> = {}) {
  const request: DossierRequest = {
    lines, clusters: clusters.map((c) => applyMarks(c, undefined)), includeOthers: false, language: 'en', catalog: catalog('en'),
    createdAt: EXPORTED_AT, extensionVersion: '0.1.0', publicKey: key.publicKey, ...over,
  };
  return buildDossier(request, sha256, secretKeySigner(key.secretKey));
}

describe('dossier from a real export', async () => {
  const files = await dossier();
  const html = text(files, 'report.html');

  it('holds the IRA cluster, each member and each cited comment with its page URL and time seen', () => {
    expect(clusters.length).toBeGreaterThan(0);
    const [top] = clusters;
    expect(top!.members.length).toBeGreaterThanOrEqual(20);
    expect(html).toContain(`data-cluster-id="${top!.id}"`);
    for (const member of top!.members) expect(html).toContain(`data-account="${member}"`);
    const cited = [...html.matchAll(/data-comment-id="([^"]+)"/g)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThanOrEqual(top!.members.length);
    expect(html).toContain(THREAD.replace(/&/g, '&amp;'));
    expect(html).toMatch(/seen by Kuzet \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Content-Security-Policy');
  });

  it('leaves other people out unless the user opts in, and says which', async () => {
    const evidence = text(files, 'evidence.ndjson');
    for (const k of ordinaryKeys) {
      expect(html).not.toContain(k);
      expect(evidence).not.toContain(k);
    }
    expect(html).toContain('Other people&#39;s comments in the same threads are left out');
    // Not even their names: the copied text's first poster is not flagged, so reasons say […].
    const members = new Set(clusters.flatMap((c) => c.members));
    const outsiders = [...new Set(comments.filter((c) => !members.has(c.authorKey)).map((c) => c.displayName))];
    expect(outsiders.length).toBeGreaterThan(ordinaryKeys.size);
    for (const name of outsiders) expect(html).not.toContain(name);
    expect(html).toContain('[…]');
    const withOthers = await dossier({ includeOthers: true });
    expect(text(withOthers, 'report.html')).toContain('are not accused of anything');
    expect([...ordinaryKeys].some((k) => text(withOthers, 'evidence.ndjson').includes(k))).toBe(true);
  });

  it('writes accounts.csv with one row per account and its cluster', () => {
    const rows = parse(text(files, 'accounts.csv'), { columns: true }) as Record<string, string>[];
    const members = clusters.flatMap((c) => c.members);
    expect(rows.map((r) => `x:${r.account_id}`)).toEqual(members);
    expect(rows.every((r) => r.platform === 'x' && r.cluster !== '' && r.reasons !== '' && /^\d{4}-/.test(r.first_seen!))).toBe(true);
  });

  it('writes evidence.ndjson that C6 readers accept', () => {
    const rows = text(files, 'evidence.ndjson').trimEnd().split('\n');
    expect(rows.map((r) => parseExportLine(r).ok)).not.toContain(false);
    expect(rows[0]).toContain('"kind":"provenance"');
  });

  it('verifies as signed, and fails after one changed byte, an added file or an edited manifest', async () => {
    const manifest = text(files, 'manifest.json');
    expect(await verifyDossier(files, manifest, sha256)).toEqual([]);
    const csv = new Uint8Array(files.get('accounts.csv')!);
    csv[10] = csv[10]! ^ 1;
    expect(await verifyDossier(new Map([...files, ['accounts.csv', csv]]), manifest, sha256)).toEqual(['accounts.csv: changed (sha256 differs)']);
    expect(await verifyDossier(new Map([...files, ['extra.txt', new Uint8Array(1)]]), manifest, sha256)).toEqual(['extra.txt: not in manifest']);
    const edited = manifest.replace('"extensionVersion": "0.1.0"', '"extensionVersion": "0.1.1"');
    expect(await verifyDossier(files, edited, sha256)).toEqual(['signature does not match manifest.json']);
  });

  it('speaks the reader language: Kazakh words and reasons', async () => {
    const kk = text(await dossier({ language: 'kk', catalog: catalog('kk') }), 'report.html');
    const words = wordsOf('kk', catalog('kk'));
    expect(kk).toContain('<html lang="kk">');
    expect(kk).toContain(words.t('dossier_limitsTitle'));
    expect(kk).toContain(words.t('dossier_privacyOwn').slice(0, 40));
  });

  it('shows a removed member as removed and keeps its comments out', async () => {
    const [top] = clusters;
    const gone = top!.members[1]!;
    const marked = clusters.map((c) => applyMarks(c, c.id === top!.id ? { clusterId: c.id, removed: [gone], note: 'checked <b>by hand</b>', ready: true } : undefined));
    const files2 = await dossier({ clusters: marked });
    const html2 = text(files2, 'report.html');
    expect(html2).not.toContain(`data-account="${gone}"`);
    expect(html2).toContain(`Removed by the reviewer as wrongly tied in: ${gone}`);
    expect(html2).toContain('checked &lt;b&gt;by hand&lt;/b&gt;');
  });
});
