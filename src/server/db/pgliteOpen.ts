// Opens the server's PGlite the same way in its thread (pgliteThread.ts) and in the calling
// thread (pgliteInProcess.ts): in a data directory, with PGlite's own start parameters plus the
// settings below.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

/**
 * PostgreSQL settings on top of PGlite's defaults (which run it single-user, with fsync off).
 * wal_init_zero=off: by default PostgreSQL writes each new 16 MB WAL segment full of zeros before
 * using it. Through PGlite's WebAssembly file layer that took 45-60 ms on the bench machine,
 * inside whichever statement crossed into the new segment; at bench:server's 2,000 reports/s the
 * intake crossed one every ~5 s, and that one batch made the open loop's slowest ~150 answers
 * (max 70-105 ms). Off, only the segment's last byte is written, so the file still has its full
 * size. Replay never relied on the zeros: recycled segments hold old WAL anyway, and every record
 * carries its own checksum.
 */
const PGLITE_SETTINGS: readonly string[] = ['wal_init_zero=off'];

/**
 * A query returns only after PGlite wrote its WAL to the data dir: an acknowledged report survives
 * a kill -9 of the server, not a power cut (no fsync: see "Durability" in the README).
 */
export function openPglite(dataDir?: string): Promise<PGlite> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const startParams = [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((setting) => ['-c', setting])];
  return PGlite.create(dataDir === undefined ? { startParams } : { dataDir, startParams });
}
