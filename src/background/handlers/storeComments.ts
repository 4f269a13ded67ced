// Stores a batch of comments idempotently: a comment seen again keeps the time and order it
// was first seen, so a retried batch (the worker died mid-way) never counts anything twice.
import type { Author, Comment, StoredComment } from '../../core/model.ts';
import { bumpCounter, type KuzetDb } from '../db.ts';

export async function storeComments(db: KuzetDb, comments: readonly Comment[], now: number): Promise<void> {
  await db.transaction('rw', db.comments, db.authors, db.counters, async () => {
    const known = await db.comments.bulkGet(comments.map((c) => c.id));
    const fresh = comments.filter((_, i) => known[i] === undefined).length;
    let seq = (await bumpCounter(db, 'seq', fresh)) - fresh;
    const stored: StoredComment[] = comments.map((c, i) => {
      const before = known[i];
      return before ? { ...c, seenAt: before.seenAt, seq: before.seq } : { ...c, seenAt: now, seq: ++seq };
    });
    await db.comments.bulkPut(stored);
    await db.authors.bulkPut(await mergeAuthors(db, comments, now));
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
