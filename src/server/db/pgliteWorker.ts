// Main-thread side of the PGlite thread (pgliteThread.ts): the same Database as an in-process
// PGlite, but every statement runs in a worker thread, so the main thread only does HTTP and
// JSON while PostgreSQL's WebAssembly works on the other core. Answers are checked on arrival.
import * as v from 'valibot';
import type { Database, Queryable, QueryOptions } from './database.ts';
import { startTsWorker } from '../tsxWorker.ts';
import { answerSchema, errorOf, type Answer, type Request } from './pgliteProtocol.ts';

type Ok = Extract<Answer, { ok: true }>;
type Asked = Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * The PGlite thread's young generation, in MB (V8's default lets it grow to ~48). The thread keeps
 * ~16 MB of live JavaScript and allocates a few MB a second that dies young; with a young
 * generation larger than its old generation's headroom, V8 starts marking the old generation
 * whenever that headroom is smaller than the young generation, so the thread ran a full
 * mark-compact (4-25 ms, a stall of every batch behind it) about every 0.6 s under bench:server's
 * open loop. With 6 MB: one every ~2.5 s, and 1-2 ms scavenges instead.
 */
export const PGLITE_YOUNG_GENERATION_MB = 6;

export async function openPgliteWorker(dataDir?: string): Promise<Database> {
  const thread = startTsWorker(new URL('./pgliteThread.ts', import.meta.url), { maxYoungGenerationSizeMb: PGLITE_YOUNG_GENERATION_MB });
  const waiting = new Map<number, { resolve: (answer: Ok) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  let gone: Error | undefined;
  // Idle, the thread does not keep the process alive (an in-process PGlite did not either);
  // with a request in flight it does, so a script awaiting a query is not cut short.
  thread.unref();
  thread.on('message', (message: unknown) => {
    if (!v.is(answerSchema, message)) return console.error('kuzet server: malformed answer from the PGlite thread');
    const asker = waiting.get(message.id);
    waiting.delete(message.id);
    if (waiting.size === 0) thread.unref();
    if (message.ok) asker?.resolve(message);
    else asker?.reject(errorOf(message.error));
  });
  const fail = (error: Error) => {
    // A dead thread fails what was in flight and everything after (500s), never hangs.
    gone ??= error;
    for (const asker of waiting.values()) asker.reject(error);
    waiting.clear();
  };
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`the PGlite thread has stopped (exit code ${code})`)));

  const ask = (request: Asked) =>
    new Promise<Ok>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = ++lastId;
      if (waiting.size === 0) thread.ref();
      waiting.set(id, { resolve, reject });
      thread.postMessage({ ...request, id });
    });
  const queryable = (tx?: number): Queryable => ({
    query: async <T>(sql: string, params: unknown[] = [], options: QueryOptions = {}) => ({
      rows: ((await ask({ op: 'query', tx, sql, params, ...(options.name ? { name: options.name } : {}) })).rows ?? []) as T[],
    }),
  });

  try {
    await ask({ op: 'open', dataDir });
  } catch (error) {
    await thread.terminate();
    throw error;
  }
  return {
    kind: 'pglite',
    ...queryable(),
    async transaction(work) {
      const { tx } = await ask({ op: 'begin' });
      let result;
      try {
        result = await work(queryable(tx));
      } catch (error) {
        // ROLLBACK, as PGlite's and pg's transaction do; the work's own error is what callers see.
        await ask({ op: 'end', tx: tx as number, commit: false }).catch(() => undefined);
        throw error;
      }
      await ask({ op: 'end', tx: tx as number, commit: true });
      return result;
    },
    exec: async (sql) => {
      await ask({ op: 'exec', sql });
    },
    async close() {
      // PGlite closes (and flushes) in its thread first; only then does the thread end.
      await ask({ op: 'close' });
      await thread.terminate();
    },
  };
}
