// Writes accepted reports in batches: one transaction and a handful of unnest() inserts per
// batch instead of several statements per report (a single-row insert costs ~200 µs in PGlite).
// A caller's promise resolves only after its batch committed, so an acknowledged report is on disk.
import { createHash } from 'node:crypto';
import { canonicalJson, type SignedReport } from '../../core/lists/format.ts';
import type { Database, Queryable } from '../db/database.ts';

export type StoreOutcome = { kind: 'stored' | 'duplicate'; status: string } | { kind: 'conflict' };

interface Pending {
  report: SignedReport;
  hash: string;
  keyHash: string;
  receivedAt: number;
  resolve: (outcome: StoreOutcome) => void;
  reject: (error: unknown) => void;
}

export function reportStore(db: Database, options: { maxBatch?: number } = {}) {
  const maxBatch = options.maxBatch ?? 500;
  let queue: Pending[] = [];
  let running: Promise<void> | null = null;
  const stats = { batches: 0, reports: 0 };

  async function drain(): Promise<void> {
    // PGlite answers in microtasks without yielding to I/O: wait one macrotask before each
    // batch so the requests that arrived meanwhile are parsed and join it (else every batch is 1).
    while ((await nextMacrotask(), queue.length > 0)) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(maxBatch);
      stats.batches++;
      stats.reports += batch.length;
      try {
        const outcomes = await db.transaction((tx) => writeBatch(tx, batch));
        batch.forEach((p, i) => p.resolve(outcomes[i] as StoreOutcome));
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    running = null;
  }

  return {
    add(report: SignedReport, receivedAt: number): Promise<StoreOutcome> {
      const hash = createHash('sha256').update(canonicalJson(report)).digest('hex');
      // Synchronous on purpose (same value as core's keyHash): an await here would let each
      // report reach the queue in its own tick and every batch would hold one report.
      const target = createHash('sha256').update(report.authorKey, 'utf8').digest('hex');
      return new Promise<StoreOutcome>((resolve, reject) => {
        queue.push({ report, hash, keyHash: target, receivedAt, resolve, reject });
        // While one batch commits the next one gathers: batching grows with the load by itself.
        running ??= drain();
      });
    },
    /** How many batches carried how many reports (bench:server prints the mean batch size). */
    stats: () => ({ ...stats }),
    /** Resolves once everything queued so far is written (shutdown). */
    async flush(): Promise<void> {
      while (running) await running;
    },
  };
}

const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

async function writeBatch(tx: Queryable, batch: Pending[]): Promise<StoreOutcome[]> {
  // The same id twice in one batch: the first is the one inserted, the others compare with it.
  const firstById = new Map<string, Pending>();
  for (const p of batch) if (!firstById.has(p.report.id)) firstById.set(p.report.id, p);
  const fresh = [...firstById.values()];
  const inserted = await tx.query<{ id: string }>(
    `insert into reports (id, reporter_key, author_key, key_hash, category, body, body_sha256, created_at, received_at)
     select id, rk, ak, kh, cat, body::jsonb, sha, ca, ra
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::bigint[])
       as t(id, rk, ak, kh, cat, body, sha, ca, ra)
     on conflict (id) do nothing returning id`,
    [
      fresh.map((p) => p.report.id),
      fresh.map((p) => p.report.reporterKey),
      fresh.map((p) => p.report.authorKey),
      fresh.map((p) => p.keyHash),
      fresh.map((p) => p.report.category),
      fresh.map((p) => JSON.stringify(p.report)),
      fresh.map((p) => p.hash),
      fresh.map((p) => p.report.createdAt),
      fresh.map((p) => p.receivedAt),
    ],
  );
  const insertedIds = new Set(inserted.rows.map((r) => r.id));
  const known = await tx.query<{ id: string; body_sha256: string; status: string }>(
    'select id, body_sha256, status from reports where id = any($1::text[])',
    [[...firstById.keys()]],
  );
  const byId = new Map(known.rows.map((r) => [r.id, r]));
  const added = fresh.filter((p) => insertedIds.has(p.report.id));
  if (added.length > 0) await touchReportersAndTargets(tx, added);
  return batch.map((p): StoreOutcome => {
    const row = byId.get(p.report.id);
    if (!row || row.body_sha256 !== p.hash) return { kind: 'conflict' };
    const isFirst = firstById.get(p.report.id) === p && insertedIds.has(p.report.id);
    return { kind: isFirst ? 'stored' : 'duplicate', status: row.status };
  });
}

async function touchReportersAndTargets(tx: Queryable, added: Pending[]): Promise<void> {
  const reporters = new Map(added.map((p) => [p.report.reporterKey, p.receivedAt]));
  await tx.query(
    `insert into reporters (key, first_seen) select * from unnest($1::text[], $2::bigint[]) on conflict (key) do nothing`,
    [[...reporters.keys()], [...reporters.values()]],
  );
  // One row per target: ON CONFLICT DO UPDATE may not touch the same row twice in a statement.
  const targets = new Map(added.map((p) => [p.keyHash, p]));
  const list = [...targets.values()];
  await tx.query(
    `insert into targets (key_hash, author_key, display_name, category, first_seen)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])
     on conflict (key_hash) do update set dirty = true`,
    [
      list.map((p) => p.keyHash),
      list.map((p) => p.report.authorKey),
      list.map((p) => p.report.displayName),
      list.map((p) => p.report.category),
      list.map((p) => p.receivedAt),
    ],
  );
}
