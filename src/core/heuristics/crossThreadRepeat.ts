// Signal: one author posting the same (or nearly the same) text in several threads, the way
// a campaign account carries a message from page to page. One repeat is a person making their
// point twice; the strength grows with the number of threads.
import type { AuthorKey, Signal, StoredComment } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { memoised } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';
import { contextNearDuplicates, type TextGroup } from './nearDuplicates.ts';

/** Distinct threads one text must appear in, by the same author. */
export const MIN_THREADS = 2;

export function crossThreadRepeat(author: AuthorKey, context: ScoringContext): Signal | null {
  const groupsByAuthor = memoised(context, 'textGroupsByAuthor', () => {
    const map = new Map<AuthorKey, TextGroup[]>();
    for (const group of contextNearDuplicates(context)) {
      for (const key of new Set(group.map((c) => c.authorKey))) {
        const list = map.get(key);
        if (list) list.push(group);
        else map.set(key, [group]);
      }
    }
    return map;
  });
  let best: StoredComment[] = [];
  let bestThreads = 0;
  for (const group of groupsByAuthor.get(author) ?? []) {
    const own = group.filter((c) => c.authorKey === author);
    const threads = new Set(own.map((c) => c.threadUrl)).size;
    if (threads > bestThreads) [best, bestThreads] = [own, threads];
  }
  if (bestThreads < MIN_THREADS) return null;
  return {
    id: 'crossThreadRepeat',
    strength: Math.min(1, bestThreads / 4),
    sentence: { key: 'reasonCrossThreadRepeat', substitutions: [String(bestThreads)], count: bestThreads },
    evidence: evidenceOf(best),
  };
}
