// PGlite in the calling thread: what the server used before the PGlite thread (pgliteWorker.ts),
// kept for KUZET_PGLITE_THREAD=main (same-run A/B benches, a fallback).
import type { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';
import { openPglite } from './pgliteOpen.ts';
import { preparedParams, preparedRunner } from './pglitePrepared.ts';

export async function openPgliteInProcess(dataDir?: string): Promise<Database> {
  // A query returns only after PGlite flushed to the data dir (pgliteOpen.ts): that is what
  // lets the server acknowledge a report only once it would survive kill -9.
  const pg = await openPglite(dataDir);
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    query: async <T>(sql: string, params: unknown[] = []) => ({ rows: (await q.query<T>(sql, params)).rows }),
  });
  const plain = wrap(pg);
  const runPrepared = preparedRunner(pg);
  return {
    kind: 'pglite',
    // Named: prepared once (pglitePrepared.ts); inside a transaction (wrap(tx)) always plain.
    query: async <T>(sql: string, params: unknown[] = [], options: { name?: string } = {}) =>
      options.name ? { rows: await runPrepared<T>(options.name, sql, preparedParams(params)) } : plain.query<T>(sql, params),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}
