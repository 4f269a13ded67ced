// PGlite (PostgreSQL compiled to WebAssembly) as the embedded default store: a data directory,
// nothing to install. Without a directory it lives in memory (tests). It runs in its own worker
// thread (pgliteWorker.ts) so HTTP on the main thread and the database use both cores;
// KUZET_PGLITE_THREAD=main keeps it in the main thread (same-run A/B benches, a fallback).
import type { Database } from './database.ts';
import { openPgliteInProcess } from './pgliteInProcess.ts';
import { openPgliteWorker } from './pgliteWorker.ts';

export function openPglite(dataDir?: string): Promise<Database> {
  return process.env.KUZET_PGLITE_THREAD === 'main' ? openPgliteInProcess(dataDir) : openPgliteWorker(dataDir);
}
