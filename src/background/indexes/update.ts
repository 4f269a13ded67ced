// Keeps the persistent indexes in step with stored comments, inside the storing transaction:
// threads (first and last seen), which authors appear in which thread, how many threads each
// pair of authors shares, the near-duplicate text bands, and which avatars still need a hash.
// Every write is keyed (put, never add), so a batch replayed after a worker kill changes nothing.
import { newPairs, pairAuthors } from '../../core/indexes/coOccurrence.ts';
import { textBands } from '../../core/indexes/textBands.ts';
import type { StoredComment } from '../../core/model.ts';
import { MIN_SHARED } from '../../core/heuristics/coOccurrence.ts';
import type { AuthorThreadRow, CoPairRow, KuzetDb, NearLinkRow } from '../db.ts';
import { linkNearCopies } from './nearLinks.ts';

/** Threads with more distinct authors than this add no co-occurrence pairs (bounds the pair table). */
export const MAX_THREAD_AUTHORS = 400;

export const INDEX_TABLES = (db: KuzetDb) => [db.threads, db.authorThreads, db.coPairs, db.nearText, db.nearLinks, db.avatars];

export interface IndexChanges {
  /** Authors whose shared-thread count with someone just reached the co-occurrence threshold. */
  coOccurring: string[];
  /** Candidate copies just linked (new comments to stored ones by other authors, and to each other). */
  linked: NearLinkRow[];
}

export async function indexComments(db: KuzetDb, changed: readonly StoredComment[], now: number): Promise<IndexChanges> {
  if (changed.length === 0) return { coOccurring: [], linked: [] };
  const banded = changed.map((comment) => ({ comment, bands: textBands(comment.text) }));
  const linked = await linkNearCopies(db, banded);
  await db.nearText.bulkPut(
    banded.map(({ comment: c, bands }) => ({ commentId: c.id, authorKey: c.authorKey, threadUrl: c.threadUrl, bands, seenAt: c.seenAt })),
  );
  await noteAvatars(db, changed);
  const coOccurring = new Set<string>();
  for (const [threadUrl, comments] of groupBy(changed, (c) => c.threadUrl)) {
    const old = await db.threads.get(threadUrl);
    await db.threads.put({ ...old, url: threadUrl, site: comments[0]!.site, firstSeen: old?.firstSeen ?? now, lastSeen: now });
    for (const key of await countNewPairs(db, threadUrl, comments, now)) coOccurring.add(key);
  }
  return { coOccurring: [...coOccurring], linked };
}

/** Records who is new in the thread and bumps their pairs; returns authors of pairs reaching the threshold. */
async function countNewPairs(db: KuzetDb, threadUrl: string, comments: readonly StoredComment[], now: number): Promise<string[]> {
  const present = (await db.authorThreads.where('threadUrl').equals(threadUrl).toArray()).map((r) => r.authorKey);
  const here = new Set(present);
  const newcomers = [...new Set(comments.map((c) => c.authorKey))].filter((k) => !here.has(k));
  if (newcomers.length === 0) return [];
  await db.authorThreads.bulkPut(newcomers.map((authorKey): AuthorThreadRow => ({ authorKey, threadUrl, firstSeen: now })));
  const pairs = newPairs(newcomers, present, MAX_THREAD_AUTHORS);
  const before = await db.coPairs.bulkGet(pairs);
  const rows = pairs.map((pair, i): CoPairRow => {
    const [a, b] = pairAuthors(pair);
    return { pair, a, b, count: (before[i]?.count ?? 0) + 1, lastSeen: now };
  });
  await db.coPairs.bulkPut(rows);
  return rows.filter((r) => r.count >= MIN_SHARED).flatMap((r) => [r.a, r.b]);
}

/** New or changed profile photos wait (fetchedAt 0) for the avatar hasher. */
async function noteAvatars(db: KuzetDb, comments: readonly StoredComment[]): Promise<void> {
  const latest = new Map(comments.flatMap((c) => (c.avatarUrl === undefined ? [] : [[c.authorKey, c.avatarUrl] as const])));
  if (latest.size === 0) return;
  const keys = [...latest.keys()];
  const before = await db.avatars.bulkGet(keys);
  const pending = keys.filter((key, i) => before[i]?.url !== latest.get(key));
  await db.avatars.bulkPut(pending.map((authorKey) => ({ authorKey, url: latest.get(authorKey)!, bands: [], fetchedAt: 0 })));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
