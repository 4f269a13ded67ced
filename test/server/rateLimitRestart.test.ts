// Rate limits survive a restart: a key that spent its burst is still refused after the server
// is killed (-9) and started again on the same store, while other keys are not; and a bucket
// that has refilled completely is forgotten at start instead of being kept for ever.
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportBody, SignedReport } from '../../src/core/lists/format.ts';
import { openDatabase } from '../../src/server/db/open.ts';
import { nodeKeyPair, type NodeKeyPair } from '../../src/server/reports/nodeSigner.ts';
import { loadRateBuckets } from '../../src/server/reports/rateBuckets.ts';
import { BACKENDS, discardTestServer, startTestServer, stopTestServer, type TestServer } from './serverProcess.ts';

let counter = 0;
const report = (who: NodeKeyPair, extra: Partial<ReportBody> = {}): SignedReport =>
  who.signReport({
    v: 1,
    id: `limit-${process.pid}-${Date.now()}-${++counter}`,
    authorKey: `hackernews:limited${counter}`,
    displayName: `limited${counter}`,
    category: 'coordinated',
    note: '',
    evidence: [{ commentId: `hackernews:${counter}`, url: `https://news.ycombinator.com/item?id=${counter}`, text: 'same words again' }],
    reasons: ['copypasta'],
    createdAt: 1_700_000_000_000,
    ...extra,
  });

describe.each(BACKENDS)('rate limits across a restart on %s', (backend) => {
  const started: TestServer[] = [];
  afterAll(async () => {
    for (const s of started) await discardTestServer(s);
  }, 60_000);
  const post = (server: TestServer, body: SignedReport) =>
    fetch(`${server.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('a key limited before a kill -9 is still limited after it; a fresh key is not', async () => {
    // Three at once, then one an hour: the test finishes long before a token comes back.
    const first = await startTestServer(backend, { KUZET_RATE_BURST: '3', KUZET_RATE_PER_HOUR: '1' });
    started.push(first);
    const noisy = nodeKeyPair();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(first, report(noisy))).status);
    expect(statuses).toEqual([202, 202, 202, 429]);

    await stopTestServer(first, 'SIGKILL');
    const second = await startTestServer(backend, {}, first);
    started.push(second);
    const afterRestart = await post(second, report(noisy));
    expect(afterRestart.status).toBe(429);
    expect(Number(afterRestart.headers.get('retry-after'))).toBeGreaterThan(600);
    expect((await post(second, report(nodeKeyPair()))).status).toBe(202);
  }, 300_000);
});

describe('persisted rate-limit buckets', () => {
  it('keeps buckets that are still refilling and forgets full ones', async () => {
    const db = await openDatabase({});
    try {
      const now = 1_800_000_000_000;
      const hour = 3_600_000;
      // burst 20 at 60 an hour refills completely in 20 minutes.
      await db.query('insert into rate_buckets (key, tokens, at) values ($1, 0, $2), ($3, 5, $4)', ['recent', now - 5 * 60_000, 'old', now - hour]);
      const loaded = await loadRateBuckets(db, { perHour: 60, burst: 20 }, now);
      expect(loaded).toEqual([['recent', { tokens: 0, at: now - 5 * 60_000 }]]);
      const { rows } = await db.query<{ key: string }>('select key from rate_buckets');
      expect(rows.map((r) => r.key)).toEqual(['recent']);
    } finally {
      await db.close();
    }
    // Creating a PGlite cluster takes seconds, more on a busy machine.
  }, 120_000);
});
