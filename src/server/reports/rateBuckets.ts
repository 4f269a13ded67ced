// Rate-limit buckets across restarts: at start, forget the persisted buckets that have refilled
// completely (they are the same as no bucket) and preload the rest, newest first, so a key that
// spent its burst is still limited after a restart. The report store writes them (batchWrite.ts).
import { num, type Database } from '../db/database.ts';
import { refillWindowMs, type Bucket } from './rateLimit.ts';

export async function loadRateBuckets(
  db: Database,
  limit: { perHour: number; burst: number },
  now: number,
  maxKeys = 200_000,
): Promise<[string, Bucket][]> {
  const window = refillWindowMs(limit.perHour, limit.burst);
  const since = Number.isFinite(window) ? now - window : 0;
  await db.query('delete from rate_buckets where at < $1', [since]);
  const { rows } = await db.query<{ key: string; tokens: unknown; at: unknown }>(
    'select key, tokens, at from rate_buckets order by at desc limit $1',
    [maxKeys],
  );
  return rows.map((r) => [r.key, { tokens: num(r.tokens), at: num(r.at) }]);
}
