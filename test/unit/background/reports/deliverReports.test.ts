// The report queue's delivery as a reporter lives it: a queued report reaches the server
// signed by this install, a server that is down is retried later and later, a worker killed
// mid-way resumes from the database, resending never makes a second report, and the status
// follows the moderator's decision.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb, type QueuedReport } from '../../../../src/background/db.ts';
import type { FetchLike } from '../../../../src/background/lists/fetchBytes.ts';
import { writeReportServer } from '../../../../src/background/lists/listConfig.ts';
import { loadInstallKey } from '../../../../src/background/installKey.ts';
import { deliverDueReports } from '../../../../src/background/reports/deliverReports.ts';
import { FIRST_DELAY_MS } from '../../../../src/background/reports/retryDelay.ts';
import { type SignedReport, signedReportSchema } from '../../../../src/core/lists/format.ts';
import { verifyReport } from '../../../../src/core/lists/signing.ts';
import * as v from 'valibot';

const SERVER = 'http://127.0.0.1:8787';

/** A list server in memory: keeps one report per id, answers statuses a test sets. */
function fakeServer() {
  const reports = new Map<string, SignedReport>();
  const status = new Map<string, string>();
  let down = false;
  let posts = 0;
  const fetch: FetchLike = async (url, init) => {
    if (down) throw new TypeError('Failed to fetch');
    const path = url.slice(SERVER.length);
    if (init.method === 'POST' && path === '/v1/reports') {
      posts++;
      const parsed = v.safeParse(signedReportSchema, JSON.parse(String(init.body)));
      if (!parsed.success) return new Response('bad', { status: 400 });
      if (!(await verifyReport(parsed.output))) return new Response('bad signature', { status: 401 });
      if (!reports.has(parsed.output.id)) status.set(parsed.output.id, 'queued');
      reports.set(parsed.output.id, parsed.output);
      return Response.json({ id: parsed.output.id, status: status.get(parsed.output.id) }, { status: 202 });
    }
    const match = /^\/v1\/reports\/([^/]+)\/status$/.exec(path);
    if (match && reports.has(decodeURIComponent(match[1]!))) return Response.json({ id: decodeURIComponent(match[1]!), status: status.get(decodeURIComponent(match[1]!)) });
    return new Response('not found', { status: 404 });
  };
  return { fetch, reports, status, setDown: (d: boolean) => (down = d), posts: () => posts };
}

const report = (id: string, createdAt = 1000): QueuedReport => ({
  id,
  authorKey: 'vk:troll',
  displayName: 'Troll',
  category: 'coordinated',
  note: 'same text as five others',
  evidence: [{ commentId: 'vk:c1', url: 'https://vk.com/wall-1_2?reply=3', text: 'Все на выборы, голосуйте правильно!', time: 1_700_000_000_000 }],
  reasons: [],
  createdAt,
  status: 'queued',
});

let db: KuzetDb;
let dbName: string;
let clock: number;
let server: ReturnType<typeof fakeServer>;
const deps = (database = db) => ({ db: database, fetch: server.fetch, now: () => clock, random: () => 0.5, installKey: () => loadInstallKey(database) });
const stored = async (id: string) => (await db.reportQueue.get(id))!;

beforeEach(async () => {
  dbName = `reports-${Math.random()}`;
  db = openDb(dbName);
  clock = 1_800_000_000_000;
  server = fakeServer();
  await writeReportServer(db, SERVER);
  await db.reportQueue.add(report('report-0001-aaaa'));
});

describe('deliverDueReports', () => {
  it('sends a queued report signed by this install, and it shows as sent', async () => {
    expect(await deliverDueReports(deps())).toBe(1);
    const received = server.reports.get('report-0001-aaaa')!;
    expect(received.reporterKey).toBe((await loadInstallKey(db)).publicKey);
    expect(received.evidence[0]?.text).toBe('Все на выборы, голосуйте правильно!');
    expect(await stored('report-0001-aaaa')).toMatchObject({ status: 'sent', server: SERVER });
  });

  it('keeps a report queued while the server is down and retries later and later', async () => {
    server.setDown(true);
    await deliverDueReports(deps());
    const first = await stored('report-0001-aaaa');
    expect(first).toMatchObject({ status: 'queued', attempts: 1, lastError: 'Failed to fetch' });
    expect(first.nextAttemptAt! - clock).toBe(FIRST_DELAY_MS);
    // Not due yet: nothing is tried.
    expect(await deliverDueReports(deps())).toBe(0);
    expect((await stored('report-0001-aaaa')).attempts).toBe(1);
    clock = first.nextAttemptAt!;
    await deliverDueReports(deps());
    const second = await stored('report-0001-aaaa');
    expect(second.nextAttemptAt! - clock).toBe(2 * FIRST_DELAY_MS);
    server.setDown(false);
    clock = second.nextAttemptAt!;
    await deliverDueReports(deps());
    expect(await stored('report-0001-aaaa')).toMatchObject({ status: 'sent' });
    expect((await stored('report-0001-aaaa')).lastError).toBeUndefined();
  });

  it('survives a worker restart: a new connection to the same database sends what waits', async () => {
    await db.reportQueue.add(report('report-0002-bbbb', 2000));
    db.close();
    const reopened = openDb(dbName);
    expect(await deliverDueReports(deps(reopened))).toBe(2);
    expect([...server.reports.keys()].sort()).toEqual(['report-0001-aaaa', 'report-0002-bbbb']);
  });

  it('is idempotent: an answer lost on the way and the report sent again is still one report', async () => {
    await deliverDueReports(deps());
    // As if the worker died before storing 'sent': the row still says queued.
    await db.reportQueue.put(report('report-0001-aaaa'));
    await deliverDueReports(deps());
    expect(server.posts()).toBe(2);
    expect(server.reports.size).toBe(1);
  });

  it('follows the moderation: sent, in moderation, accepted; then stops asking', async () => {
    await deliverDueReports(deps());
    server.status.set('report-0001-aaaa', 'moderation');
    clock = (await stored('report-0001-aaaa')).nextAttemptAt!;
    await deliverDueReports(deps());
    expect((await stored('report-0001-aaaa')).status).toBe('moderation');
    server.status.set('report-0001-aaaa', 'accepted');
    clock = (await stored('report-0001-aaaa')).nextAttemptAt!;
    await deliverDueReports(deps());
    const done = await stored('report-0001-aaaa');
    expect(done.status).toBe('accepted');
    expect(done.nextAttemptAt).toBeUndefined();
  });

  it('sends nothing until the reader names a report server', async () => {
    await writeReportServer(db, null);
    expect(await deliverDueReports(deps())).toBe(0);
    expect(server.posts()).toBe(0);
  });
});
