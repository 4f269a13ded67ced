// Rescores every author of the threads a batch touched and keeps the verdicts: one new
// copy can turn earlier repeats by other accounts into evidence, so the whole thread counts.
// The scoring context also carries what Kuzet already knows about those authors elsewhere
// (their comments in other threads, their name history), so repeats across threads, posting
// rate, co-occurrence and name changes can be seen; only the thread's own authors are scored.
import { scoreAuthors } from '../../core/heuristics/scoreAuthors.ts';
import type { Author, StoredComment } from '../../core/model.ts';
import type { KuzetDb, ThreadVerdict } from '../db.ts';

/** Comments from other threads taken into one thread's scoring at most, newest first: bounds the worker's time. */
export const MAX_OTHER_COMMENTS = 5_000;

export async function rescoreThreads(db: KuzetDb, threadUrls: readonly string[], now: number): Promise<ThreadVerdict[]> {
  const verdicts: ThreadVerdict[] = [];
  for (const threadUrl of new Set(threadUrls)) {
    const thread = await db.comments.where('threadUrl').equals(threadUrl).toArray();
    const keys = [...new Set(thread.map((c) => c.authorKey))];
    const elsewhere = (await db.comments.where('authorKey').anyOf(keys).toArray())
      .filter((c) => c.threadUrl !== threadUrl)
      .sort((a, b) => b.seq - a.seq)
      .slice(0, MAX_OTHER_COMMENTS);
    const authors = new Map<string, Author>();
    for (const author of await db.authors.bulkGet(keys)) if (author) authors.set(author.key, author);
    const comments: StoredComment[] = [...thread, ...elsewhere];
    // The personal trusted list arrives with the options issue; until then nobody is on it.
    const context = { comments, authors, trusted: new Set<string>() };
    for (const verdict of scoreAuthors(context, keys, now)) verdicts.push({ ...verdict, threadUrl });
  }
  await db.verdicts.bulkPut(verdicts);
  return verdicts;
}
