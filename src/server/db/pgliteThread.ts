// The PGlite thread: owns the server's one PGlite instance and runs the main thread's requests
// (pgliteProtocol.ts), so HTTP parsing on the main thread and the database's WebAssembly run on
// two cores at once. An answer is posted only after PGlite returned, i.e. after it flushed.
import { parentPort } from 'node:worker_threads';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import * as v from 'valibot';
import { failureOf, requestSchema, type Answer, type Request } from './pgliteProtocol.ts';
import { openPglite } from './pgliteOpen.ts';
import { preparedParams, preparedRunner } from './pglitePrepared.ts';

interface OpenTransaction {
  tx: Transaction | undefined;
  /** Lets PGlite's transaction callback return (commit) or throw (rollback). */
  end(commit: boolean): void;
  /** PGlite's transaction promise: settles after COMMIT or ROLLBACK ran. */
  settled: Promise<void>;
}

/** Thrown inside PGlite's transaction to make it roll back; not an error of the caller's. */
const rolledBack = new Error('rolled back by the main thread');
const transactions = new Map<number, OpenTransaction>();
let pg: PGlite | undefined;
let runPrepared: ReturnType<typeof preparedRunner> | undefined;
let lastTx = 0;

// PGlite's own transaction() holds its lock: other queries wait until it commits or rolls back,
// exactly as when it ran on the main thread. Resolves once BEGIN ran.
function begin(db: PGlite, txId: number): Promise<void> {
  return new Promise((begun, failed) => {
    let end: (commit: boolean) => void = () => undefined;
    const decided = new Promise<boolean>((resolve) => (end = resolve));
    const entry: OpenTransaction = { tx: undefined, end, settled: Promise.resolve() };
    entry.settled = db.transaction(async (tx) => {
      entry.tx = tx;
      transactions.set(txId, entry);
      begun();
      if (!(await decided)) throw rolledBack;
    });
    // Before BEGIN this fails the request; after it, `end` reports the outcome.
    entry.settled.catch(failed);
  });
}

async function run(request: Request, db: PGlite | undefined): Promise<Omit<Extract<Answer, { ok: true }>, 'id' | 'ok'>> {
  if (request.op === 'open') {
    // A query returns only after PGlite flushed to the data dir (pgliteOpen.ts).
    pg = await openPglite(request.dataDir);
    return {};
  }
  if (!db) throw new Error('PGlite is not open');
  const target = (tx: number | undefined) => {
    if (tx === undefined) return db;
    const open = transactions.get(tx)?.tx;
    if (!open) throw new Error(`no open transaction ${tx}`);
    return open;
  };
  switch (request.op) {
    case 'query':
      // A named statement outside a transaction: prepared once (pglitePrepared.ts).
      if (request.name !== undefined && request.tx === undefined) return { rows: await (runPrepared ??= preparedRunner(db))(request.name, request.sql, preparedParams(request.params)) };
      return { rows: (await target(request.tx).query(request.sql, request.params)).rows };
    case 'exec':
      await target(request.tx).exec(request.sql);
      return {};
    case 'begin': {
      const tx = ++lastTx;
      await begin(db, tx);
      return { tx };
    }
    case 'end': {
      const entry = transactions.get(request.tx);
      if (!entry) throw new Error(`no open transaction ${request.tx}`);
      transactions.delete(request.tx);
      entry.end(request.commit);
      await entry.settled.catch((error: unknown) => {
        if (error !== rolledBack) throw error;
      });
      return {};
    }
    case 'close':
      await db.close();
      return {};
  }
}

// Requests run as they arrive, not one after another here: PGlite queues them on its own lock
// in arrival order, and the next one is already waiting when the current one returns.
parentPort?.on('message', (message: unknown) => {
  const parsed = v.safeParse(requestSchema, message);
  if (!parsed.success) {
    // Only the main thread posts here; a malformed request is answered, never run.
    const id = (message as { id?: unknown } | null)?.id;
    if (typeof id === 'number') parentPort?.postMessage({ id, ok: false, error: { message: `malformed PGlite request: ${v.summarize(parsed.issues)}` } });
    return;
  }
  const request = parsed.output;
  run(request, pg).then(
    (answer) => parentPort?.postMessage({ ...answer, id: request.id, ok: true }),
    (error: unknown) => parentPort?.postMessage({ id: request.id, ok: false, error: failureOf(error) }),
  );
});
