// Forgets whole threads: their comments, index rows, verdicts and the thread itself, in one
// transaction, so a thread is either fully kept or fully gone (scoring never meets half a
// thread). Retention and the storage-quota watch both forget by thread, oldest first.
import type { KuzetDb } from '../db.ts';
import { whereAny } from '../indexes/whereAny.ts';
import { dropDatedThreads } from '../indexes/datedThreads.ts';

/** Deletes everything of `threadUrls`; returns how many comments went. */
export async function forgetThreads(db: KuzetDb, threadUrls: readonly string[]): Promise<number> {
  if (threadUrls.length === 0) return 0;
  dropDatedThreads(db);
  return db.transaction('rw', [db.comments, db.nearText, db.nearLinks, db.verdicts, db.authorThreads, db.threads, db.tabs], async () => {
    let comments = 0;
    for (const url of threadUrls) {
      comments += await db.comments.where('threadUrl').equals(url).delete();
      await db.nearText.where('threadUrl').equals(url).delete();
      await db.nearLinks.where('threadA').equals(url).delete();
      await db.nearLinks.where('threadB').equals(url).delete();
      await db.verdicts.where('threadUrl').equals(url).delete();
      await db.authorThreads.where('threadUrl').equals(url).delete();
      await db.threads.delete(url);
    }
    return comments;
  });
}

/** Forgets authors and their photos not seen since `cutoff` when no kept thread holds them (trusted authors and notes stay). */
export async function forgetStaleAuthors(db: KuzetDb, cutoff: number): Promise<void> {
  await db.transaction('rw', [db.authors, db.avatars, db.authorThreads], async () => {
    const stale = await db.authors.where('lastSeen').below(cutoff).primaryKeys();
    const stillIn = new Set((await whereAny(db.authorThreads, 'authorKey', stale)).map((r) => r.authorKey));
    const gone = stale.filter((key) => !stillIn.has(key));
    await db.authors.bulkDelete(gone);
    await db.avatars.bulkDelete(gone);
  });
}
