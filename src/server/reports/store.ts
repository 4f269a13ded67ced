// Queues accepted reports and writes them in batches (batchWrite.ts: one statement per batch
// instead of several per report; a single-row insert costs ~200 µs in PGlite). Group commit:
// while a batch commits the next one gathers; it starts as soon as fewer than `inFlight`
// batches are being written (1 on PGlite, a few on PostgreSQL, where they overlap their commits).
// A caller's promise resolves only after its batch committed, so an acknowledged report is stored.
import type { Database } from '../db/database.ts';
import { writeBatch, type PendingReport, type StoreOutcome } from './batchWrite.ts';
import type { Bucket } from './rateLimit.ts';

export type { StoreOutcome } from './batchWrite.ts';

interface Waiting extends PendingReport {
  resolve: (outcome: StoreOutcome) => void;
  reject: (error: unknown) => void;
}

export function reportStore(db: Database, options: { maxBatch?: number; inFlight?: number } = {}) {
  const maxBatch = options.maxBatch ?? 500;
  // PostgreSQL: while one batch waits for its commit (its WAL fsync) the next can be sent on
  // another connection. PGlite runs one statement at a time in this thread: a second batch would
  // only queue behind the first, smaller than if it had kept gathering.
  const inFlight = options.inFlight ?? (db.kind === 'postgres' ? 3 : 1);
  let queue: Waiting[] = [];
  let writing = 0;
  let gathering = false;
  let idleWaiters: (() => void)[] = [];
  const stats = { batches: 0, reports: 0, writeMs: 0 };

  // Something queued, gathering or being written: what flush() waits out and triage gives way to.
  const busy = () => writing > 0 || queue.length > 0 || gathering;

  function pump(): void {
    if (gathering || writing >= inFlight || queue.length === 0) return;
    gathering = true;
    // PGlite answers in microtasks without yielding to I/O: wait one macrotask before each
    // batch so the requests that arrived meanwhile are parsed and join it (else every batch is 1).
    setImmediate(() => {
      gathering = false;
      const batch = queue.length <= maxBatch ? queue : queue.slice(0, maxBatch);
      queue = queue.length <= maxBatch ? [] : queue.slice(maxBatch);
      if (batch.length > 0) void write(batch);
      pump();
    });
  }

  async function write(batch: Waiting[]): Promise<void> {
    writing++;
    stats.batches++;
    stats.reports += batch.length;
    const started = performance.now();
    try {
      // A caller hears back only after its own batch's statement committed.
      const outcomes = await writeBatch(db, batch);
      batch.forEach((p, i) => p.resolve(outcomes[i] as StoreOutcome));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
    stats.writeMs += performance.now() - started;
    writing--;
    pump();
    if (!busy()) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  }

  return {
    /** Queues a checked report (intakeCheck.ts); `bucket` is its reporter's rate-limit bucket after it. */
    add(report: Pick<PendingReport, 'id' | 'reporterKey' | 'hash' | 'row'>, receivedAt: number, bucket?: Bucket): Promise<StoreOutcome> {
      return new Promise<StoreOutcome>((resolve, reject) => {
        const { id, reporterKey, hash, row } = report;
        queue.push({ id, reporterKey, hash, row, receivedAt, bucket, resolve, reject });
        pump();
      });
    },
    /** How many batches carried how many reports and how long their statements took (bench:server). */
    stats: () => ({ ...stats }),
    /** Reports are queued or being written: background work on the same session should wait (triagePacer.ts). */
    busy,
    /** Resolves once everything queued so far is written (shutdown). */
    async flush(): Promise<void> {
      while (busy()) await new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
