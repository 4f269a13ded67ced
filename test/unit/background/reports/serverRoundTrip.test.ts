// The whole loop against the real list server process on 127.0.0.1 (issue 7 item 9, without
// the browser): a report queued in one install is signed and delivered by the client's queue,
// two more established reporters agree, the server's triage puts the account in moderation,
// the client's status follows (sent, in moderation, accepted), a moderator accepts and
// publishes, and a fresh install subscribed to the published list with the pinned key flags
// exactly that author.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type QueuedReport } from '../../../../src/background/db.ts';
import { loadInstallKey } from '../../../../src/background/installKey.ts';
import { writeReportServer } from '../../../../src/background/lists/listConfig.ts';
import { listedOf } from '../../../../src/background/lists/listedLookup.ts';
import { refreshList } from '../../../../src/background/lists/refreshList.ts';
import { subscribe, subscriptionViews } from '../../../../src/background/lists/subscriptions.ts';
import { deliverDueReports } from '../../../../src/background/reports/deliverReports.ts';
import { reportBodyOf } from '../../../../src/background/reports/reportBody.ts';
import { keyHash } from '../../../../src/core/lists/format.ts';
import { newKeyPair, secretKeySigner, signReport } from '../../../../src/core/lists/signing.ts';
import { startTestServer, stopTestServer, type TestServer } from '../../../server/serverProcess.ts';

const TROLL = 'hackernews:troll';
const queued = (id: string): QueuedReport => ({
  id,
  authorKey: TROLL,
  displayName: 'troll',
  category: 'coordinated',
  note: 'posts the same text as four other accounts',
  evidence: [{ commentId: 'hackernews:1', url: 'https://news.ycombinator.com/item?id=1', text: 'Vote for the only right choice!', time: 1_700_000_000_000 }],
  reasons: [],
  createdAt: 1_700_000_000_000,
  status: 'queued',
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('pglite', { KUZET_LIST_NAME: 'Round trip list', KUZET_LIST_MAINTAINER: 'Kuzet tests' });
}, 300_000);
afterAll(async () => {
  if (server) await stopTestServer(server);
}, 60_000);

const moderator = (path: string, body?: unknown) =>
  fetch(server.url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.moderatorToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('report to list, through the real server', () => {
  it('a queued report ends up on the published list a fresh install flags', async () => {
    const reporter = openDb(`round-trip-${Math.random()}`);
    let clock = Date.now();
    const deps = { db: reporter, fetch: (url: string, init: RequestInit) => fetch(url, init), now: () => clock, random: () => 0.5, installKey: () => loadInstallKey(reporter) };
    await writeReportServer(reporter, server.url);
    await reporter.reportQueue.add(queued('report-round-trip-0001'));

    // Three established reporters (vouched by a moderator), this install among them.
    const others = [await newKeyPair(), await newKeyPair()];
    for (const key of [(await loadInstallKey(reporter)).publicKey, ...others.map((k) => k.publicKey)]) {
      expect((await moderator('/v1/mod/vouch', { reporterKey: key, note: 'known activist' })).status).toBe(200);
    }
    expect(await deliverDueReports(deps)).toBe(1);
    expect(await reporter.reportQueue.get('report-round-trip-0001')).toMatchObject({ status: 'sent', server: server.url });
    for (const [i, key] of others.entries()) {
      const body = reportBodyOf(queued(`report-round-trip-other-${i}`), key.publicKey);
      const signed = await signReport(body, secretKeySigner(key.secretKey));
      expect((await fetch(`${server.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(signed) })).status).toBe(202);
    }
    const items = ((await (await moderator('/v1/mod/queue')).json()) as { items: { authorKey: string }[] }).items;
    expect(items.map((i) => i.authorKey)).toContain(TROLL);

    clock = (await reporter.reportQueue.get('report-round-trip-0001'))!.nextAttemptAt!;
    await deliverDueReports(deps);
    expect((await reporter.reportQueue.get('report-round-trip-0001'))?.status).toBe('moderation');

    expect((await moderator('/v1/mod/decisions', { keyHash: await keyHash(TROLL), decision: 'accept', reason: 'same text as four other accounts' })).status).toBe(200);
    expect((await moderator('/v1/mod/publish', {})).status).toBe(200);
    clock = (await reporter.reportQueue.get('report-round-trip-0001'))!.nextAttemptAt!;
    await deliverDueReports(deps);
    expect((await reporter.reportQueue.get('report-round-trip-0001'))?.status).toBe('accepted');

    // A fresh install: subscribes with the key the maintainer publishes, and flags the troll only.
    const pinned = (JSON.parse(readFileSync(join(server.dataDir, 'list-key.json'), 'utf8')) as { publicKey: string }).publicKey;
    const reader = openDb(`fresh-${Math.random()}`);
    const lists = `${server.url}/lists`;
    await subscribe(reader, lists, pinned, 1, Date.now());
    expect(await refreshList(reader, lists, (url, init) => fetch(url, init), Date.now())).toBe('accepted');
    expect((await subscriptionViews(reader, Date.now()))[0]).toMatchObject({ state: 'ok', name: 'Round trip list', entryCount: 1 });
    expect([...(await listedOf(reader, [TROLL, 'hackernews:honest'])).keys()]).toEqual([TROLL]);
  }, 120_000);
});
