// The intake worker answers every report in a batch with that report's own verdict: a forged
// report among good ones is refused, and each good one gets its own id, key and hash back.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson, type SignedReport } from '../../src/core/lists/format.ts';
import { intakePool } from '../../src/server/reports/intakePool.ts';
import { nodeKeyPair } from '../../src/server/reports/nodeSigner.ts';

const NOW = 1_800_000_000_000;
const signed = (i: number): SignedReport =>
  nodeKeyPair().signReport({
    v: 1,
    id: `pool-${process.pid}-${i}`,
    authorKey: `hackernews:author${i}`,
    displayName: `author${i}`,
    category: 'coordinated',
    note: '',
    evidence: [{ commentId: `hackernews:${i}`, url: `https://news.ycombinator.com/item?id=${i}`, text: `words ${i}` }],
    reasons: ['copypasta'],
    createdAt: NOW - 1000,
  });

describe('intake pool', () => {
  const pool = intakePool(1);
  afterAll(() => pool.close());

  it('gives each report of one batch its own verdict, in the worker thread', async () => {
    const reports = Array.from({ length: 40 }, (_, i) => signed(i));
    // Every third report has one changed byte: its signature no longer matches.
    const bodies = reports.map((r, i) => JSON.stringify(i % 3 === 0 ? { ...r, displayName: `${r.displayName}x` } : r));
    bodies.push('{not json', JSON.stringify({ ...reports[1], evidence: [] }), JSON.stringify({ ...reports[2], createdAt: NOW + 2 * 86_400_000 }));
    // Sent in one turn of the event loop: they travel to the worker as one message.
    const results = await Promise.all(bodies.map((body) => pool.check(body, NOW)));
    reports.forEach((r, i) => {
      const result = results[i];
      if (i % 3 === 0) return expect(result).toEqual({ ok: false, status: 401, message: 'signature does not verify' });
      expect(result).toMatchObject({ ok: true, id: r.id, reporterKey: r.reporterKey, hash: createHash('sha256').update(canonicalJson(r)).digest('hex') });
      const row = JSON.parse((result as { row: string }).row);
      expect(row).toMatchObject({ id: r.id, rk: r.reporterKey, ak: r.authorKey, body: r, ca: r.createdAt });
      expect(row.kh).toBe(createHash('sha256').update(r.authorKey).digest('hex'));
    });
    expect(results.slice(40).map((r) => (r.ok ? 200 : r.status))).toEqual([400, 400, 400]);
  }, 60_000);
});
