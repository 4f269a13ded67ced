// The list server as a real process on 127.0.0.1: signed intake, rate limits, idempotency,
// the moderation queue, protected accounts, publication, appeals and the audit log.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { keyHash, listFullSchema, listDeltaSchema, listMetaSchema, type ReportBody, type SignedReport } from '../../src/core/lists/format.ts';
import { verifyMeta } from '../../src/core/lists/signing.ts';
import { verifyAuditNdjson } from '../../src/server/audit/verify.ts';
import { nodeKeyPair, type NodeKeyPair } from '../../src/server/reports/nodeSigner.ts';
import { SHARED_MESSAGE_KEYS } from '../../src/ui/shared/message-keys.ts';
import { BACKENDS, discardTestServer, startTestServer, type TestServer } from './serverProcess.ts';

let counter = 0;
const report = (who: NodeKeyPair, authorKey: string, extra: Partial<ReportBody> = {}): SignedReport =>
  who.signReport({
    v: 1,
    id: `test-${process.pid}-${++counter}`,
    authorKey,
    displayName: authorKey.split(':')[1] ?? authorKey,
    category: 'coordinated',
    note: '',
    evidence: [{ commentId: `hackernews:${counter}`, url: `https://news.ycombinator.com/item?id=${counter}`, text: 'Same words as four others', time: 1_700_000_000_000 }],
    reasons: ['copypasta', 'burst'],
    createdAt: 1_700_000_000_000,
    ...extra,
  });

describe.each(BACKENDS)('list server on %s', (backend) => {
  let server: TestServer;
  const post = (path: string, body: unknown, auth = true) =>
    fetch(server.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${server.moderatorToken}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (path: string, auth = true) => fetch(server.url + path, { headers: auth ? { authorization: `Bearer ${server.moderatorToken}` } : {} });
  const queue = async () => ((await (await get('/v1/mod/queue')).json()) as { items: { authorKey: string; possibleBrigade: boolean; reports: { evidence: unknown[]; reporter: { confirmed: number } }[] }[] }).items;
  const veterans = async (n: number) => {
    const keys = Array.from({ length: n }, () => nodeKeyPair());
    for (const k of keys) expect((await post('/v1/mod/vouch', { reporterKey: k.publicKey, note: 'known activist' })).status).toBe(200);
    return keys;
  };

  beforeAll(async () => {
    server = await startTestServer(backend, { KUZET_RATE_BURST: '6', KUZET_LIST_NAME: 'Test list', KUZET_LIST_MAINTAINER: 'Kuzet tests' });
  }, 300_000);
  afterAll(async () => {
    if (server) await discardTestServer(server);
  }, 60_000);

  it('refuses a report with one changed byte, a forged key, or a bad shape', async () => {
    const signed = report(nodeKeyPair(), 'hackernews:someone');
    expect((await post('/v1/reports', { ...signed, authorKey: 'hackernews:someonf' }, false)).status).toBe(401);
    expect((await post('/v1/reports', { ...signed, reporterKey: nodeKeyPair().publicKey }, false)).status).toBe(401);
    expect((await post('/v1/reports', { ...signed, evidence: [] }, false)).status).toBe(400);
    expect((await post('/v1/reports', '{not json', false)).status).toBe(400);
  });

  it('stores a signed report once: a retry gets the same answer, another body under its id a 409', async () => {
    const signed = report(nodeKeyPair(), 'hackernews:someone');
    const first = await post('/v1/reports', signed, false);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ id: signed.id, status: 'queued' });
    const again = await post('/v1/reports', JSON.stringify(Object.fromEntries(Object.entries(signed).reverse())), false);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: signed.id, status: 'queued' });
    const sameIdOtherNote = { ...signed, note: 'changed' };
    const reSigned = nodeKeyPair().signReport({ ...sameIdOtherNote });
    expect((await post('/v1/reports', reSigned, false)).status).toBe(409);
    expect(await (await get(`/v1/reports/${signed.id}/status`, false)).json()).toEqual({ id: signed.id, status: 'queued' });
    expect((await get('/v1/reports/no-such-report-1/status', false)).status).toBe(404);
  });

  it('rate-limits each key on its own', async () => {
    const noisy = nodeKeyPair();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await post('/v1/reports', report(noisy, `hackernews:t${i}`), false)).status);
    expect(statuses.slice(0, 6)).toEqual([202, 202, 202, 202, 202, 202]);
    const limited = await post('/v1/reports', report(noisy, 'hackernews:t9'), false);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post('/v1/reports', report(nodeKeyPair(), 'hackernews:t9'), false)).status).toBe(202);
  });

  it('moderator routes need a moderator key', async () => {
    expect((await get('/v1/mod/queue', false)).status).toBe(401);
    expect((await fetch(server.url + '/v1/mod/queue', { headers: { authorization: 'Bearer not-a-real-moderator-key' } })).status).toBe(401);
  });

  it('three established reporters put a troll in the queue; a crowd of new keys does not', async () => {
    for (const k of await veterans(3)) expect((await post('/v1/reports', report(k, 'hackernews:troll'), false)).status).toBe(202);
    const crowd = Array.from({ length: 12 }, () => report(nodeKeyPair(), 'hackernews:victim'));
    for (const r of crowd) expect((await post('/v1/reports', r, false)).status).toBe(202);
    const items = await queue();
    const troll = items.find((i) => i.authorKey === 'hackernews:troll');
    expect(troll?.reports).toHaveLength(3);
    expect(troll?.reports[0]?.evidence).toHaveLength(1);
    expect(troll?.reports[0]?.reporter.confirmed).toBe(4);
    expect(items.some((i) => i.authorKey === 'hackernews:victim')).toBe(false);
    expect(await (await get(`/v1/reports/${crowd[0]?.id}/status`, false)).json()).toMatchObject({ status: 'queued' });
  });

  it('a protected journalist is not queued by three established reporters', async () => {
    expect((await post('/v1/mod/protected', { authorKey: 'hackernews:journalist', note: 'staff reporter', protect: true })).status).toBe(200);
    for (const k of await veterans(3)) await post('/v1/reports', report(k, 'hackernews:journalist'), false);
    expect((await queue()).some((i) => i.authorKey === 'hackernews:journalist')).toBe(false);
  });

  it('accepting with a reason lists the troll in a signed static list with a checkable sha256', async () => {
    const trollHash = await keyHash('hackernews:troll');
    expect((await post('/v1/mod/decisions', { keyHash: trollHash, decision: 'accept', reason: 'same text as four other accounts' })).status).toBe(200);
    expect((await post('/v1/mod/decisions', { keyHash: trollHash, decision: 'accept', reason: 'twice' })).status).toBe(409);
    expect((await post('/v1/mod/publish', {})).status).toBe(200);
    const pinned = JSON.parse(readFileSync(join(server.dataDir, 'list-key.json'), 'utf8')).publicKey as string;
    const meta = v.parse(listMetaSchema, await (await get('/lists/meta.json', false)).json());
    expect(await verifyMeta(meta, pinned)).toBe(true);
    expect(meta).toMatchObject({ name: 'Test list', maintainer: 'Kuzet tests', entryCount: 1 });
    const fileInfo = meta.files.find((f) => f.name === `list-${meta.version}.json`);
    const bytes = Buffer.from(await (await get(`/lists/list-${meta.version}.json`, false)).arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(fileInfo?.sha256);
    const full = v.parse(listFullSchema, JSON.parse(bytes.toString('utf8')));
    expect(full.entries).toEqual([{ keyHash: trollHash, category: 'coordinated', reasons: ['burst', 'copypasta'], firstSeen: expect.any(Number) }]);
    expect(JSON.stringify(full)).not.toContain('hackernews:troll');
  });

  it('an appeal that a moderator grants removes the entry in the next version, with a delta', async () => {
    const filed = await post('/v1/appeals', { authorKey: 'hackernews:troll', statement: 'I am a real person, see my profile', contact: 'me@example.org' }, false);
    expect(filed.status).toBe(201);
    const { id } = (await filed.json()) as { id: string };
    expect((await post(`/v1/mod/appeals/${id}`, { answer: 'delist', reason: 'account verified by phone' })).status).toBe(200);
    const before = v.parse(listMetaSchema, await (await get('/lists/meta.json', false)).json());
    await post('/v1/mod/publish', {});
    const meta = v.parse(listMetaSchema, await (await get('/lists/meta.json', false)).json());
    expect(meta.version).toBe(before.version + 1);
    expect(meta.entryCount).toBe(0);
    const delta = v.parse(listDeltaSchema, await (await get(`/lists/delta-${before.version}-${meta.version}.json`, false)).json());
    expect(delta.remove).toEqual([await keyHash('hackernews:troll')]);
    expect(delta.upsert).toEqual([]);
  });

  it('serves the moderator and appeal pages with their scripts and the reader\'s language', async () => {
    for (const page of ['moderate', 'appeal']) {
      const html = await get(`/${page}`, false);
      expect(html.status).toBe(200);
      expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await html.text()).toContain(`/pages/${page}.js`);
      const script = await get(`/pages/${page}.js`, false);
      expect(script.status).toBe(200);
      expect(await script.text()).toContain(page === 'appeal' ? 'server_appealSend' : 'server_possibleBrigade');
    }
    const kk = (await (await get('/pages/messages/kk.json', false)).json()) as Record<string, { message: string }>;
    expect(kk.server_appealSend?.message).toBe('Апелляцияны жіберу');
    // Only the pages' own strings and the few the shared ui pieces use, never the whole catalog.
    expect(Object.keys(kk).every((key) => key.startsWith('server_') || SHARED_MESSAGE_KEYS.includes(key))).toBe(true);
    expect(kk.categoryFake?.message).toBe('Жалған аккаунт');
  }, 120_000);

  it('exports an audit log whose chain verifies, and a changed byte breaks it', async () => {
    const ndjson = await (await get('/v1/mod/audit.ndjson')).text();
    const verdict = verifyAuditNdjson(ndjson);
    expect(verdict.ok).toBe(true);
    const actions = ndjson.trim().split('\n').map((line) => JSON.parse(line).action as string);
    expect(actions).toEqual(expect.arrayContaining(['reporter.vouch', 'protect.add', 'decision.accept', 'appeal.filed', 'appeal.delist']));
    expect(ndjson).not.toContain('me@example.org');
    const tampered = ndjson.replace('account verified by phone', 'account verified by email');
    expect(verifyAuditNdjson(tampered)).toMatchObject({ ok: false, problem: 'content changed after it was written' });
    const dropped = ndjson.trim().split('\n').slice(1).join('\n');
    expect(verifyAuditNdjson(dropped).ok).toBe(false);
  });
});
