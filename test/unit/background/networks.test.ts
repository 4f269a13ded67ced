// The Networks view and the dossier export through the router, on real IRA copies read like a
// content script's batches: the view lists the cluster with its members and comments, the
// user's marks stick, and the exported zip holds a dossier that verifies, signed by the install key.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb } from '../../../src/background/db.ts';
import { loadInstallKey } from '../../../src/background/installKey.ts';
import { createRouter } from '../../../src/background/router.ts';
import type { Catalog } from '../../../src/core/dossier/catalog.ts';
import { verifyDossier } from '../../../src/core/dossier/manifest.ts';
import type { Comment } from '../../../src/core/model.ts';
import type { Response } from '../../../src/messages.ts';
import { iraFoldedCopies } from '../core/heuristics/realData.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://x.com/*'] };
const THREAD = 'https://x.com/search?q=ukraine';
const page = { id: 'kuzet-id', url: 'chrome-extension://kuzet-id/options.html' };
const content = { id: 'kuzet-id', url: THREAD, tab: { id: 3 } };
const sha256 = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
const catalog = async (lang: string) => JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Catalog;

let db: KuzetDb;
let route: ReturnType<typeof createRouter>;
const ask = <T>(type: string, payload: object, sender: object = page) => route({ kuzet: 1, type, payload }, sender as never) as Promise<T>;

beforeEach(async () => {
  db = openDb(`networks-${Math.random()}`);
  let clock = 1_700_000_000_000;
  route = createRouter({ db, self, now: () => clock++, newId: () => `r${clock}`, extensionVersion: '1.2.3', dossierCatalog: catalog });
  // What a content script sends: the page's fields only (no seenAt/seq, Kuzet adds those).
  const comments: Comment[] = iraFoldedCopies('Украина умирает без злорадства', THREAD).map(({ seenAt: _s, seq: _q, ...c }) => c);
  await ask('comments/batch', { comments }, content);
});

describe('networks/list and networks/mark', () => {
  it('lists the IRA copiers as one cluster with their comments; content scripts may not ask', async () => {
    const { clusters } = await ask<Response<'networks/list'>>('networks/list', {});
    expect(clusters).toHaveLength(1);
    const [cluster] = clusters;
    expect(cluster!.members.length).toBeGreaterThanOrEqual(20);
    expect(cluster!.members.every((m) => m.level !== 'none' && m.reasons.length > 0)).toBe(true);
    expect(cluster!.comments.length).toBeGreaterThanOrEqual(cluster!.members.length);
    expect(cluster!.edges.some((e) => e.type === 'sameText')).toBe(true);
    expect(await ask('networks/list', {}, content)).toEqual({ error: 'refused' });
  });

  it('keeps a removed member out, with the note and the ready mark, across reads', async () => {
    const [cluster] = (await ask<Response<'networks/list'>>('networks/list', {})).clusters;
    const gone = cluster!.members[0]!.key;
    expect(await ask('networks/mark', { clusterId: cluster!.id, removed: [gone], note: 'checked', ready: true })).toEqual({ saved: true });
    const [again] = (await ask<Response<'networks/list'>>('networks/list', {})).clusters;
    expect(again).toMatchObject({ id: cluster!.id, note: 'checked', ready: true });
    expect(again!.members.map((m) => m.key)).not.toContain(gone);
    expect(again!.removed.map((m) => m.key)).toEqual([gone]);
  });
});

describe('networks/export', () => {
  it('zips one dossier folder that verifies and is signed by the install key', async () => {
    const answer = await ask<Response<'networks/export'>>('networks/export', { includeOthers: false, language: 'ky' });
    expect(answer.fileName).toMatch(/^kuzet-dossier-[\d-]+\.zip$/);
    const entries = unzipSync(Uint8Array.from(atob(answer.zipBase64), (c) => c.charCodeAt(0)));
    const folder = answer.fileName.replace(/\.zip$/, '');
    const files = new Map(Object.entries(entries).map(([path, bytes]) => [path.replace(`${folder}/`, ''), bytes]));
    expect([...files.keys()].sort()).toEqual(['accounts.csv', 'evidence.ndjson', 'manifest.json', 'report.html']);
    const manifest = new TextDecoder().decode(files.get('manifest.json'));
    expect(await verifyDossier(files, manifest, sha256)).toEqual([]);
    expect(JSON.parse(manifest).publicKey).toBe((await loadInstallKey(db)).publicKey);
    expect(new TextDecoder().decode(files.get('report.html'))).toContain('<html lang="ky">');
    expect(answer.accounts).toBeGreaterThanOrEqual(20);
  });
});
