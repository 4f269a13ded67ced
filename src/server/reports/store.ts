// Queues accepted reports and writes them in batches (batchWrite.ts: one statement per batch
// instead of several per report; a single-row insert costs ~200 µs in PGlite). Group commit:
// while one batch commits the next one gathers, and it starts as soon as the previous returns.
// A caller's promise resolves only after its batch committed, so an acknowledged report is stored.
import type { Database } from '../db/database.ts';
import { writeBatch, type PendingReport, type StoreOutcome } from './batchWrite.ts';
import type { Bucket } from './rateLimit.ts';

export type { StoreOutcome } from './batchWrite.ts';

interface Waiting extends PendingReport {
  resolve: (outcome: StoreOutcome) => void;
  reject: (error: unknown) => void;
}

export function reportStore(db: Database, options: { maxBatch?: number } = {}) {
  const maxBatch = options.maxBatch ?? 500;
  let queue: Waiting[] = [];
  let running: Promise<void> | null = null;
  const stats = { batches: 0, reports: 0, writeMs: 0 };

  async function drain(): Promise<void> {
    // PGlite answers in microtasks without yielding to I/O: wait one macrotask before each
    // batch so the requests that arrived meanwhile are parsed and join it (else every batch is 1).
    while ((await nextMacrotask(), queue.length > 0)) {
      const batch = queue.length <= maxBatch ? queue : queue.slice(0, maxBatch);
      queue = queue.length <= maxBatch ? [] : queue.slice(maxBatch);
      stats.batches++;
      stats.reports += batch.length;
      const started = performance.now();
      try {
        const outcomes = await writeBatch(db, batch);
        batch.forEach((p, i) => p.resolve(outcomes[i] as StoreOutcome));
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
      stats.writeMs += performance.now() - started;
    }
    running = null;
  }

  return {
    /** Queues a checked report (intakeCheck.ts); `bucket` is its reporter's rate-limit bucket after it. */
    add(report: Pick<PendingReport, 'id' | 'reporterKey' | 'hash' | 'row'>, receivedAt: number, bucket?: Bucket): Promise<StoreOutcome> {
      return new Promise<StoreOutcome>((resolve, reject) => {
        const { id, reporterKey, hash, row } = report;
        queue.push({ id, reporterKey, hash, row, receivedAt, bucket, resolve, reject });
        running ??= drain();
      });
    },
    /** How many batches carried how many reports and how long their statements took (bench:server). */
    stats: () => ({ ...stats }),
    /** Resolves once everything queued so far is written (shutdown). */
    async flush(): Promise<void> {
      while (running) await running;
    },
  };
}

const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));
