// Indexes a scoring context once (by author, by thread, posting order), memoised per context
// object, so scoring every author of a page costs one pass over its comments and no signal
// repeats another's grouping work.
import type { AuthorKey, StoredComment } from '../model.ts';
import type { ScoringContext } from './context.ts';

export interface ContextIndex {
  byAuthor: ReadonlyMap<AuthorKey, readonly StoredComment[]>;
  byThread: ReadonlyMap<string, readonly StoredComment[]>;
  /** Lazily computed, per-signal caches (near-duplicate groups, co-occurrence counts). */
  memo: Map<string, unknown>;
}

/** When a comment was posted: the page's time where it gives one, else when Kuzet first saw it. */
export const postedAt = (c: StoredComment): number => c.time ?? c.seenAt;

/** Earliest first; first sight breaks ties, so "who posted it first" never depends on clock ties. */
export const byPostingOrder = (a: StoredComment, b: StoredComment): number =>
  postedAt(a) - postedAt(b) || a.seq - b.seq;

const indexes = new WeakMap<ScoringContext, ContextIndex>();

export function indexContext(context: ScoringContext): ContextIndex {
  const known = indexes.get(context);
  if (known) return known;
  const byAuthor = new Map<AuthorKey, StoredComment[]>();
  const byThread = new Map<string, StoredComment[]>();
  for (const c of context.comments) {
    push(byAuthor, c.authorKey, c);
    push(byThread, c.threadUrl, c);
  }
  for (const list of byAuthor.values()) list.sort(byPostingOrder);
  for (const list of byThread.values()) list.sort(byPostingOrder);
  const index: ContextIndex = { byAuthor, byThread, memo: new Map() };
  indexes.set(context, index);
  return index;
}

/** A per-context cache for work several authors share (e.g. grouping copies once per call). */
export function memoised<T>(context: ScoringContext, name: string, build: (index: ContextIndex) => T): T {
  const index = indexContext(context);
  if (!index.memo.has(name)) index.memo.set(name, build(index));
  return index.memo.get(name) as T;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
