// Scores every author of one thread: the unit the background rescored after each batch,
// because a new copy can turn earlier, innocent-looking repeats into evidence. A thin wrapper
// over scoreAuthors for callers that have only the thread and the trusted list.
import type { AuthorKey, StoredComment, Verdict } from '../model.ts';
import { scoreAuthors } from './scoreAuthors.ts';

export function scoreThread(thread: readonly StoredComment[], trusted: ReadonlySet<AuthorKey>, now: number): Verdict[] {
  return scoreAuthors({ comments: thread, trusted }, 'all', now);
}
