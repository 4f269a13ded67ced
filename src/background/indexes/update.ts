// Keeps the persistent indexes in step with stored comments, inside the storing transaction:
// threads (first and last seen), which authors appear in which thread (co-occurrence is counted
// from these rows when scoring), the near-duplicate text bands and links, and which avatars
// still need a hash.
// Every write is keyed (put, never add), so a batch replayed after a worker kill changes nothing.
import { textBands } from '../../core/indexes/textBands.ts';
import type { StoredComment } from '../../core/model.ts';
import type { AuthorThreadRow, KuzetDb, NearLinkRow } from '../db.ts';
import { linkNearCopies } from './nearLinks.ts';

export const INDEX_TABLES = (db: KuzetDb) => [db.threads, db.authorThreads, db.nearText, db.nearLinks, db.avatars];

export interface IndexChanges {
  /** Authors seen in a thread for the first time, per thread: their shared-thread counts just grew. */
  newcomers: Map<string, string[]>;
  /** Candidate copies just linked (new comments to stored ones by other authors, and to each other). */
  linked: NearLinkRow[];
}

export async function indexComments(db: KuzetDb, changed: readonly StoredComment[], now: number): Promise<IndexChanges> {
  if (changed.length === 0) return { newcomers: new Map(), linked: [] };
  const banded = changed.map((comment) => ({ comment, bands: textBands(comment.text) }));
  const linked = await linkNearCopies(db, banded);
  await db.nearText.bulkPut(
    banded.map(({ comment: c, bands }) => ({ commentId: c.id, authorKey: c.authorKey, threadUrl: c.threadUrl, bands, seenAt: c.seenAt })),
  );
  await noteAvatars(db, changed);
  const newcomers = new Map<string, string[]>();
  for (const [threadUrl, comments] of groupBy(changed, (c) => c.threadUrl)) {
    const old = await db.threads.get(threadUrl);
    await db.threads.put({ ...old, url: threadUrl, site: comments[0]!.site, firstSeen: old?.firstSeen ?? now, lastSeen: now });
    newcomers.set(threadUrl, await recordNewcomers(db, threadUrl, comments, now));
  }
  return { newcomers, linked };
}

/** Records who is new in the thread (one row per author and thread, put: a replay changes nothing); returns them. */
async function recordNewcomers(db: KuzetDb, threadUrl: string, comments: readonly StoredComment[], now: number): Promise<string[]> {
  const keys = [...new Set(comments.map((c) => c.authorKey))];
  const known = await db.authorThreads.bulkGet(keys.map((k) => [k, threadUrl] as [string, string]));
  const newcomers = keys.filter((_, i) => known[i] === undefined);
  await db.authorThreads.bulkPut(newcomers.map((authorKey): AuthorThreadRow => ({ authorKey, threadUrl, firstSeen: now })));
  return newcomers;
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
