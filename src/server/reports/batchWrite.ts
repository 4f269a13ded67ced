// Writes one batch of accepted reports in ONE statement: the reports, their reporters and
// targets, and the reporters' rate-limit buckets, through data-modifying CTEs over two JSON
// parameters. One statement is one implicit transaction: all of it commits or none of it, and
// it costs one round trip (no begin/commit); kept prepared under a name, it is parsed and
// planned once per connection, not once per batch (pglitePrepared.ts on PGlite).
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
// The final select reads the snapshot from before the statement: it returns only the reports
// ON CONFLICT skipped (a retry or an id reused with another body), with what is stored for them.
const SQL = `
with batch as (
  select * from json_to_recordset($1::json)
    as t(id text, rk text, ak text, kh text, dn text, cat text, body jsonb, sha text, ca bigint, ra bigint)
), ins as (
  insert into reports (id, reporter_key, author_key, key_hash, category, body, body_sha256, created_at, received_at)
  select id, rk, ak, kh, cat, body, sha, ca, ra from batch
  on conflict (id) do nothing
  returning id
), fresh as (
  select batch.* from batch join ins using (id)
), rep as (
  insert into reporters (key, first_seen)
  select distinct on (rk) rk, ra from fresh order by rk, ra
  on conflict (key) do nothing
), tgt as (
  -- One row per target: ON CONFLICT DO UPDATE may not touch the same row twice in a statement.
  insert into targets (key_hash, author_key, display_name, category, first_seen)
  select distinct on (kh) kh, ak, dn, cat, ra from fresh order by kh, ra
  -- Already waiting for triage: leave the row alone (no new row version, no index entries).
  on conflict (key_hash) do update set dirty = true where not targets.dirty
), lim as (
  insert into rate_buckets (key, tokens, at)
  select key, tokens, at from json_to_recordset($2::json) as l(key text, tokens double precision, at bigint)
  on conflict (key) do update set tokens = excluded.tokens, at = excluded.at
), known as materialized (
  select id from batch where not exists (select 1 from ins where ins.id = batch.id)
)
-- Only the reports that were NOT freshly inserted come back (usually none): a row per report
-- cost the PGlite thread its lookup, its encoding, parsing and the message. Lateral: one
-- primary-key lookup per such row, never a scan of the whole reports table.
select k.id, r.body_sha256, r.status
from known k left join lateral (select body_sha256, status from reports where reports.id = k.id) r on true`;

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
  const { rows: result } = await db.query<{ id: string; body_sha256: string | null; status: string | null }>(SQL, [rows, JSON.stringify(limits)], { name: 'kuzet_intake_batch' });
  const knownById = new Map(result.map((r) => [r.id, r]));
  return batch.map((p): StoreOutcome => {
    const row = knownById.get(p.id);
    if (!row) {
      // Not among the known ones: this statement inserted it.
      const first = firstById.get(p.id) as PendingReport;
      if (first === p) return { kind: 'stored', status: 'queued' };
      return first.hash === p.hash ? { kind: 'duplicate', status: 'queued' } : { kind: 'conflict' };
    }
    // Known but not visible (another transaction's, on PostgreSQL): null, never a match.
    if (row.body_sha256 !== p.hash) return { kind: 'conflict' };
    return { kind: 'duplicate', status: row.status ?? 'queued' };
  });
}
