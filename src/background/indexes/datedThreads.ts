// The dated comments of recently scored threads, in memory and in time order, with their
// timeline (times and distinct authors: the burst signal's baseline), so a batch's scoring
// context is cut from an array and the thread's pace counted by binary search instead of
// re-read from IndexedDB on every batch — the largest part of a badge's latency on a big thread.
// A batch merges its new comments in (linear in the thread, no re-sort, no recount of authors).
// IndexedDB stays the truth: the cache is used only while the database's `seq` counter is the
// one the cache last saw (storing through storeComments keeps it in step; anything else that
// writes comments or clears the database makes it start over).
import type { ThreadTimeline } from '../../core/heuristics/context.ts';
import type { AuthorKey, StoredComment } from '../../core/model.ts';
import type { KuzetDb } from '../db.ts';

/** Threads kept in memory at most (the ones being read now). */
export const MAX_CACHED_THREADS = 4;

interface Dated {
  /** Earliest first; replaced, never changed in place, so a caller's copy stays as it was. */
  list: readonly StoredComment[];
  ids: Set<string>;
  /** Comments per author, for the timeline's distinct-author count. */
  perAuthor: Map<AuthorKey, number>;
  timeline: ThreadTimeline | null;
}
interface Cache { seq: number; threads: Map<string, Dated> }
const caches = new WeakMap<KuzetDb, Cache>();
const seqOf = async (db: KuzetDb) => (await db.counters.get('seq'))?.value ?? 0;
const byTime = (a: StoredComment, b: StoredComment) => a.time! - b.time! || a.seq - b.seq;

async function cached(db: KuzetDb, threadUrl: string): Promise<Dated> {
  const seq = await seqOf(db);
  let cache = caches.get(db);
  if (!cache || cache.seq !== seq) caches.set(db, (cache = { seq, threads: new Map() }));
  let dated = cache.threads.get(threadUrl);
  if (!dated) {
    const list = (await db.comments.where('[threadUrl+time]').between([threadUrl, -Infinity], [threadUrl, Infinity], true, true).toArray()).sort(byTime);
    dated = { list, ids: new Set(list.map((c) => c.id)), perAuthor: new Map(), timeline: null };
    for (const c of list) dated.perAuthor.set(c.authorKey, (dated.perAuthor.get(c.authorKey) ?? 0) + 1);
    if (cache.threads.size >= MAX_CACHED_THREADS) cache.threads.delete(cache.threads.keys().next().value!);
    cache.threads.set(threadUrl, dated);
  }
  return dated;
}

/** The thread's dated comments, earliest first. */
export async function datedThread(db: KuzetDb, threadUrl: string): Promise<readonly StoredComment[]> {
  return (await cached(db, threadUrl)).list;
}

/** The thread's timeline for the burst signal: times earliest first and distinct authors. */
export async function threadTimeline(db: KuzetDb, threadUrl: string): Promise<ThreadTimeline> {
  const dated = await cached(db, threadUrl);
  dated.timeline ??= { times: dated.list.map((c) => c.time!), authors: dated.perAuthor.size };
  return dated.timeline;
}

/** Keeps the cache in step after storeComments moved `seq` from `before` to `after`. */
export function noteStored(db: KuzetDb, changed: readonly StoredComment[], before: number, after: number): void {
  const cache = caches.get(db);
  if (!cache) return;
  if (cache.seq !== before) return void caches.delete(db);
  cache.seq = after;
  for (const [threadUrl, dated] of cache.threads) {
    const mine = changed.filter((c) => c.threadUrl === threadUrl);
    if (mine.length > 0) cache.threads.set(threadUrl, merged(dated, mine));
  }
}

/** The thread with `mine` in it: an edited comment replaces its old self, an undated one drops out. */
function merged(dated: Dated, mine: readonly StoredComment[]): Dated {
  const { ids, perAuthor } = dated; // internal: changed in place; list and timeline are replaced
  const count = (author: AuthorKey, by: number) => {
    const n = (perAuthor.get(author) ?? 0) + by;
    if (n > 0) perAuthor.set(author, n);
    else perAuthor.delete(author);
  };
  let old = dated.list;
  if (mine.some((c) => ids.has(c.id))) {
    const gone = new Set(mine.map((c) => c.id));
    old = old.filter((c) => !gone.has(c.id) || (count(c.authorKey, -1), ids.delete(c.id), false));
  }
  const fresh = mine.filter((c) => c.time !== undefined).sort(byTime);
  for (const c of fresh) {
    ids.add(c.id);
    count(c.authorKey, 1);
  }
  // One linear merge of two sorted lists.
  const list: StoredComment[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < fresh.length) {
    if (j >= fresh.length || (i < old.length && byTime(old[i]!, fresh[j]!) <= 0)) list.push(old[i++]!);
    else list.push(fresh[j++]!);
  }
  return { list, ids, perAuthor, timeline: null };
}

/** Forgets everything cached for `db` (retention and the quota watch delete comments). */
export function dropDatedThreads(db: KuzetDb): void {
  caches.delete(db);
}
