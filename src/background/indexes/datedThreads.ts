// The dated comments of recently scored threads, in memory and in time order, so a batch's
// scoring context (the burst neighbourhood around its authors' comments) is cut from an array
// instead of re-read from IndexedDB on every batch — the largest part of a badge's latency on a
// big thread. IndexedDB stays the truth: the cache is used only while the database's `seq`
// counter is the one the cache last saw (storing through storeComments keeps it in step;
// anything else that writes comments or clears the database makes it start over).
import type { StoredComment } from '../../core/model.ts';
import type { KuzetDb } from '../db.ts';

/** Threads kept in memory at most (the ones being read now). */
export const MAX_CACHED_THREADS = 4;

interface Cache { seq: number; threads: Map<string, StoredComment[]> }
const caches = new WeakMap<KuzetDb, Cache>();
const seqOf = async (db: KuzetDb) => (await db.counters.get('seq'))?.value ?? 0;
const byTime = (a: StoredComment, b: StoredComment) => a.time! - b.time! || a.seq - b.seq;

/** The thread's dated comments, earliest first. */
export async function datedThread(db: KuzetDb, threadUrl: string): Promise<readonly StoredComment[]> {
  const seq = await seqOf(db);
  let cache = caches.get(db);
  if (!cache || cache.seq !== seq) caches.set(db, (cache = { seq, threads: new Map() }));
  let list = cache.threads.get(threadUrl);
  if (!list) {
    list = (await db.comments.where('[threadUrl+time]').between([threadUrl, -Infinity], [threadUrl, Infinity], true, true).toArray()).sort(byTime);
    if (cache.threads.size >= MAX_CACHED_THREADS) cache.threads.delete(cache.threads.keys().next().value!);
    cache.threads.set(threadUrl, list);
  }
  return list;
}

/** Keeps the cache in step after storeComments moved `seq` from `before` to `after`. */
export function noteStored(db: KuzetDb, changed: readonly StoredComment[], before: number, after: number): void {
  const cache = caches.get(db);
  if (!cache) return;
  if (cache.seq !== before) return void caches.delete(db);
  cache.seq = after;
  for (const [threadUrl, list] of cache.threads) {
    const mine = changed.filter((c) => c.threadUrl === threadUrl);
    if (mine.length === 0) continue;
    const ids = new Set(mine.map((c) => c.id));
    const kept = list.filter((c) => !ids.has(c.id));
    cache.threads.set(threadUrl, [...kept, ...mine.filter((c) => c.time !== undefined)].sort(byTime));
  }
}

/** Forgets everything cached for `db` (retention and the quota watch delete comments). */
export function dropDatedThreads(db: KuzetDb): void {
  caches.delete(db);
}
