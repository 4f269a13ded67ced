// Scores every author of one thread: the unit the background rescored after each batch,
// because a new copy can turn earlier, innocent-looking repeats into evidence.
import type { AuthorKey, StoredComment, Verdict } from '../model.ts';
import { copypastaSignal, findCopyGroups } from './copypasta.ts';
import { scoreAuthor } from './score.ts';

export function scoreThread(
  thread: readonly StoredComment[],
  trusted: ReadonlySet<AuthorKey>,
  now: number,
): Verdict[] {
  const groups = findCopyGroups(thread);
  const names = new Map<AuthorKey, string>();
  for (const c of thread) names.set(c.authorKey, c.displayName);
  return [...names].map(([authorKey, displayName]) => {
    const signal = copypastaSignal(authorKey, groups);
    return scoreAuthor({
      authorKey,
      displayName,
      signals: signal ? [signal] : [],
      trusted: trusted.has(authorKey),
      now,
    });
  });
}
