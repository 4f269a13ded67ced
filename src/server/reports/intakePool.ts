// Main-thread side of the intake workers: requests that arrive in the same turn of the event
// loop go to a worker as one message (one postMessage per batch, not per report), workers take
// turns. With `workers: 0` the checks run inline (tests of the pool itself, tiny machines).
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { checkReport, type IntakeResult } from './intakeCheck.ts';
import { startTsWorker } from '../tsxWorker.ts';

export interface IntakePool {
  check(raw: string, now: number): Promise<IntakeResult>;
  close(): Promise<void>;
}

interface Waiting {
  raw: string;
  resolve: (result: IntakeResult) => void;
  reject: (error: unknown) => void;
}

/** One worker less than the cores (the main thread has HTTP and the store), at least one. */
export const defaultIntakeWorkers = (): number => Math.max(1, Math.min(4, availableParallelism() - 1));

export function intakePool(workers = defaultIntakeWorkers()): IntakePool {
  if (workers === 0) return { check: async (raw, now) => checkReport(raw, now), close: async () => undefined };
  const threads = Array.from({ length: workers }, () => startTsWorker(new URL('./intakeWorker.ts', import.meta.url)));
  const inFlight = new Map<number, Waiting[]>();
  let seq = 0;
  let turn = 0;
  let gathering: { now: number; items: Waiting[] } | null = null;
  let broken = false;
  for (const thread of threads) {
    thread.unref();
    thread.on('message', (message: { seq: number; results: IntakeResult[] }) => {
      const items = inFlight.get(message.seq);
      inFlight.delete(message.seq);
      items?.forEach((item, i) => item.resolve(message.results[i] as IntakeResult));
    });
    thread.on('error', (error) => {
      // A dead worker fails the requests in flight (500s) instead of leaving them hanging, and
      // later reports are checked on the main thread: slower, never wrong.
      broken = true;
      console.error('kuzet server: intake worker failed:', error);
      for (const items of inFlight.values()) for (const item of items) item.reject(error);
      inFlight.clear();
    });
  }
  const send = () => {
    const batch = gathering as { now: number; items: Waiting[] };
    gathering = null;
    const id = ++seq;
    inFlight.set(id, batch.items);
    (threads[turn++ % threads.length] as Worker).postMessage({ seq: id, now: batch.now, bodies: batch.items.map((item) => item.raw) });
  };
  return {
    check(raw, now) {
      if (broken) return Promise.resolve(checkReport(raw, now));
      return new Promise<IntakeResult>((resolve, reject) => {
        if (!gathering) {
          gathering = { now, items: [] };
          setImmediate(send);
        }
        gathering.items.push({ raw, resolve, reject });
      });
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.terminate()));
    },
  };
}
