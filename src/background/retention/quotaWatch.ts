// The storage-quota watch: when Kuzet's IndexedDB nears the browser's quota for it, the oldest
// threads are forgotten first until usage is back under the target, and the user is told: the
// counters `data:evictedComments` and `data:evictedAt` are what the popup's notice
// (data_evicted_* messages, 'data/status') reads. Without it the browser would refuse writes and
// new comments would be lost instead of old ones.
import { bumpCounter, type KuzetDb } from '../db.ts';
import { forgetThreads } from './forgetThreads.ts';

export interface StorageEstimate {
  usage?: number;
  quota?: number;
}

/** Above this share of the quota, eviction starts; it stops below TARGET_SHARE. */
export const HIGH_SHARE = 0.8;
export const TARGET_SHARE = 0.6;
/** Share of the remaining threads forgotten per round before measuring again. */
const ROUND_SHARE = 0.1;
const MAX_ROUNDS = 20;

/** Returns the number of comments evicted (0 when usage is fine or unknown). */
export async function watchQuota(db: KuzetDb, estimate: () => Promise<StorageEstimate>, now: number): Promise<number> {
  let evicted = 0;
  let { usage, quota } = await estimate();
  if (!usage || !quota || usage / quota < HIGH_SHARE) return 0;
  for (let round = 0; round < MAX_ROUNDS && usage! / quota! >= TARGET_SHARE; round++) {
    const total = await db.threads.count();
    if (total === 0) break;
    const oldest = await db.threads.orderBy('lastSeen').limit(Math.max(1, Math.ceil(total * ROUND_SHARE))).primaryKeys();
    evicted += await forgetThreads(db, oldest);
    ({ usage, quota } = await estimate());
    if (!usage || !quota) break;
  }
  if (evicted > 0) {
    await bumpCounter(db, 'data:evictedComments', evicted);
    await db.counters.put({ name: 'data:evictedAt', value: now });
  }
  return evicted;
}
