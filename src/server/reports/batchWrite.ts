// Writes one batch of accepted reports in ONE statement: the reports, their reporters and
// targets, and the reporters' rate-limit buckets, through data-modifying CTEs over two JSON
// parameters (kuzet_write_batch, db/writeBatchFunction.ts). One statement is one implicit
// transaction: all of it commits or none of it, and it costs one round trip (no begin/commit)
// and, with its plan kept by the function, no parse or plan of its own per batch.
import type { Queryable } from '../db/database.ts';
import type { Bucket } from './rateLimit.ts';

export type StoreOutcome = { kind: 'stored' | 'duplicate'; status: string } | { kind: 'conflict' };

export interface PendingReport {
  id: string;
  reporterKey: string;
  /** sha256 of the report's canonical JSON: a retry must carry exactly the same body. */
  hash: string;
  /** The report's row as JSON without `ra` (intakeCheck.ts serialised it off the main thread). */
  row: string;
  receivedAt: number;
  /** The reporter's rate-limit bucket after this report took its token (persisted with it). */
  bucket: Bucket | undefined;
}

// The batch arrives as one JSON array (json_to_recordset) instead of nine text[] arrays: rows
// serialised once by the intake worker, parsed once by the database, no array-literal escaping.
// The statement itself lives in the database (db/writeBatchFunction.ts, migration 3) so its plan
// is kept between batches.
const SQL = 'select id, inserted, body_sha256, status from kuzet_write_batch($1::json, $2::json)';

export async function writeBatch(db: Queryable, batch: PendingReport[]): Promise<StoreOutcome[]> {
  // The same id twice in one batch: the first is the one inserted, the others compare with it.
  const firstById = new Map<string, PendingReport>();
  for (const p of batch) if (!firstById.has(p.id)) firstById.set(p.id, p);
  // Rows arrive serialised: splice in the receive time instead of parsing and re-serialising.
  // Sorted by id, and the buckets by key: batches written at once on PostgreSQL then take their
  // row locks in the same order and cannot deadlock (reporters and targets are sorted in SQL).
  const byId = [...firstById.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = `[${byId.map((p) => `${p.row.slice(0, -1)},"ra":${p.receivedAt}}`).join(',')}]`;
  // The last bucket of each key in the batch is its state after the batch.
  const buckets = new Map<string, Bucket>();
  for (const p of batch) if (p.bucket) buckets.set(p.reporterKey, p.bucket);
  const limits = [...buckets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, b]) => ({ key, tokens: b.tokens, at: b.at }));
  const { rows: result } = await db.query<{ id: string; inserted: boolean; body_sha256: string | null; status: string | null }>(SQL, [
    rows,
    JSON.stringify(limits),
  ]);
  const resultById = new Map(result.map((r) => [r.id, r]));
  return batch.map((p): StoreOutcome => {
    const row = resultById.get(p.id);
    if (!row) return { kind: 'conflict' };
    const first = firstById.get(p.id) as PendingReport;
    if (row.inserted) {
      if (first === p) return { kind: 'stored', status: 'queued' };
      return first.hash === p.hash ? { kind: 'duplicate', status: 'queued' } : { kind: 'conflict' };
    }
    if (row.body_sha256 !== p.hash) return { kind: 'conflict' };
    return { kind: 'duplicate', status: row.status ?? 'queued' };
  });
}
