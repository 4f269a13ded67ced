// Stores a batch of comments idempotently: a comment seen again keeps the time and order it
// was first seen, so a retried batch (the worker died mid-way) never counts anything twice.
// Comments, authors, threads and the persistent indexes change in ONE transaction: a worker
// killed half-way leaves either all of a batch or none of it, never a comment without its index.
import type { Author, Comment, StoredComment } from '../../core/model.ts';
import { bumpCounter, type KuzetDb } from '../db.ts';
import { indexComments, INDEX_TABLES, type IndexChanges } from '../indexes/update.ts';

export interface Stored {
  /** Comments stored for the first time, or whose text or name changed (edited, renamed). */
  changed: StoredComment[];
  /** What the indexes learned (co-occurrence pairs that reached the signal's threshold). */
  index: IndexChanges;
  /** The first-sight counter before and after this batch (indexes/datedThreads.ts follows it). */
  seq: { before: number; after: number };
}

export async function storeComments(db: KuzetDb, comments: readonly Comment[], now: number): Promise<Stored> {
  return db.transaction('rw', [db.comments, db.authors, db.counters, ...INDEX_TABLES(db)], async () => {
    const unique = [...new Map(comments.map((c) => [c.id, c])).values()]; // a batch may repeat a comment
    const known = await db.comments.bulkGet(unique.map((c) => c.id));
    const fresh = unique.filter((_, i) => known[i] === undefined).length;
    const after = await bumpCounter(db, 'seq', fresh);
    let seq = after - fresh;
    const before = seq;
    const stored: StoredComment[] = unique.map((c, i) => {
      const before = known[i];
      return before ? { ...c, seenAt: before.seenAt, seq: before.seq } : { ...c, seenAt: now, seq: ++seq };
    });
    const changed = stored.filter((c, i) => {
      const before = known[i];
      return before === undefined || before.text !== c.text || before.displayName !== c.displayName || before.avatarUrl !== c.avatarUrl;
    });
    await db.comments.bulkPut(stored);
    await db.authors.bulkPut(await mergeAuthors(db, unique, now));
    const index = await indexComments(db, changed, now);
    return { changed, index, seq: { before, after } };
  });
}

/** Keeps each author's name history: fake accounts change owners and names. */
async function mergeAuthors(db: KuzetDb, comments: readonly Comment[], now: number): Promise<Author[]> {
  const latest = new Map(comments.map((c) => [c.authorKey, c]));
  const before = await db.authors.bulkGet([...latest.keys()]);
  return [...latest.values()].map((c, i) => {
    const old = before[i];
    const names = old?.names.includes(c.displayName) === false ? [...old.names, c.displayName] : (old?.names ?? [c.displayName]);
    return {
      key: c.authorKey,
      site: c.site,
      displayName: c.displayName,
      ...(c.handle === undefined ? {} : { handle: c.handle }),
      ...(c.profileUrl === undefined ? {} : { profileUrl: c.profileUrl }),
      names,
      firstSeen: old?.firstSeen ?? now,
      lastSeen: now,
    };
  });
}
