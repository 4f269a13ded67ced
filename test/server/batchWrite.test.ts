// The intake batch statement on the real schema, in a throwaway in-memory PGlite (in its own thread, as the server runs it): a target triage has
// cleared is marked for triage again by its next report, a retry and a reused id are told
// apart, and the body keeps what was signed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { openDatabase } from '../../src/server/db/open.ts';
import { writeBatch, type PendingReport } from '../../src/server/reports/batchWrite.ts';
import { checkReport } from '../../src/server/reports/intakeCheck.ts';
import { nodeKeyPair } from '../../src/server/reports/nodeSigner.ts';

const NOW = 1_800_000_000_000;
const reporter = nodeKeyPair();
const pending = (id: string, author: string, text = 'copied words'): PendingReport => {
  const report = reporter.signReport({
    v: 1,
    id,
    authorKey: `hackernews:${author}`,
    displayName: author,
    category: 'coordinated',
    note: '',
    evidence: [{ commentId: `hackernews:${id}`, url: `https://news.ycombinator.com/item?id=1`, text }],
    reasons: ['copypasta'],
    createdAt: NOW - 1000,
  });
  const checked = checkReport(JSON.stringify(report), NOW);
  if (!checked.ok) throw new Error(checked.message);
  return { ...checked, receivedAt: NOW, bucket: { tokens: 3, at: NOW } };
};

describe('intake batch statement', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({});
  }, 120_000);
  afterAll(() => db.close());
  const dirty = async (author: string) =>
    (await db.query<{ dirty: boolean }>('select dirty from targets where author_key = $1', [`hackernews:${author}`])).rows[0]?.dirty;

  it('marks a target for triage again when a report arrives after triage cleared it', async () => {
    expect(await writeBatch(db, [pending('batch-001', 'troll'), pending('batch-002', 'troll')])).toEqual([
      { kind: 'stored', status: 'queued' },
      { kind: 'stored', status: 'queued' },
    ]);
    expect(await dirty('troll')).toBe(true);
    await db.query('update targets set dirty = false');
    await writeBatch(db, [pending('batch-003', 'other')]);
    // Another target's report leaves this one alone...
    expect(await dirty('troll')).toBe(false);
    await writeBatch(db, [pending('batch-004', 'troll')]);
    // ...and its own next report brings it back to triage.
    expect(await dirty('troll')).toBe(true);
  });

  it('tells a retry (same body) from a reused id (another body), in one batch and across batches', async () => {
    const first = pending('batch-005', 'someone');
    const other = pending('batch-005', 'someone', 'different words');
    expect(await writeBatch(db, [first, { ...first }, other])).toEqual([
      { kind: 'stored', status: 'queued' },
      { kind: 'duplicate', status: 'queued' },
      { kind: 'conflict' },
    ]);
    await db.query("update reports set status = 'moderation' where id = 'batch-005'");
    expect(await writeBatch(db, [other, first])).toEqual([{ kind: 'conflict' }, { kind: 'duplicate', status: 'moderation' }]);
  });

  it('keeps the signed body and the rate-limit bucket of its reporter', async () => {
    const report = pending('batch-006', 'quoted', 'a "quoted" \\u0000 text, ünïcode 😀 and a newline\n');
    await writeBatch(db, [report]);
    const { rows } = await db.query<{ body: string }>("select body::text as body from reports where id = 'batch-006'");
    expect(JSON.parse(rows[0]?.body ?? '')).toEqual(JSON.parse(report.row).body);
    expect(JSON.parse(rows[0]?.body ?? '').evidence[0].text).toBe('a "quoted" \\u0000 text, ünïcode 😀 and a newline\n');
    const bucket = await db.query<{ tokens: number }>('select tokens from rate_buckets where key = $1', [reporter.publicKey]);
    expect(Number(bucket.rows[0]?.tokens)).toBe(3);
  });

  it('refuses at intake what the store cannot keep (U+0000, a lone surrogate), so it never fails a batch', async () => {
    for (const text of ['a \u0000 b', 'a \ud800 b', 'a \\\u0000', 'a \udfff']) {
      expect(() => pending('batch-007', 'bad', text)).toThrow('U+0000 or a lone surrogate');
    }
    // A backslash before the letters is plain text, and a whole surrogate pair is a character.
    await writeBatch(db, [pending('batch-008', 'fine', 'a \\u0000 b'), pending('batch-009', 'fine', 'a \ud83d\ude00')]);
    expect((await db.query("select id from reports where id in ('batch-008', 'batch-009')")).rows).toHaveLength(2);
  });
});
