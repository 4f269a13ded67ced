// Ties from turning up in the same threads far more often than chance: the co-occurrence
// signal's test (expected shared threads threads(a)·threads(b)/all threads, Poisson tail below
// 1e-3) between flagged accounts. Thread counts come from every comment given, so busy
// commenters are not tied merely for being busy.
import type { AuthorKey, StoredComment } from '../model.ts';
import { MAX_CHANCE, MIN_SHARED } from '../heuristics/coOccurrence.ts';
import { poissonTail, surprise } from '../heuristics/poissonTail.ts';
import { PairTies } from './pairs.ts';
import type { NetworkEdge } from './types.ts';

/** Threads with more flagged accounts than this are left out: every pair in them says little and costs much. */
export const MAX_FLAGGED_PER_THREAD = 150;

export function coOccurrenceEdges(comments: readonly StoredComment[], flagged: ReadonlySet<AuthorKey>): NetworkEdge[] {
  const threadsOf = new Map<AuthorKey, Set<string>>();
  const firstIn = new Map<string, Map<AuthorKey, string>>();
  for (const c of comments) {
    let mine = threadsOf.get(c.authorKey);
    if (!mine) threadsOf.set(c.authorKey, (mine = new Set()));
    mine.add(c.threadUrl);
    if (!flagged.has(c.authorKey)) continue;
    let thread = firstIn.get(c.threadUrl);
    if (!thread) firstIn.set(c.threadUrl, (thread = new Map()));
    const known = thread.get(c.authorKey);
    if (known === undefined || c.id < known) thread.set(c.authorKey, c.id);
  }
  const total = new Set(comments.map((c) => c.threadUrl)).size;
  const ties = new PairTies('coOccurrence');
  for (const thread of firstIn.values()) {
    if (thread.size > MAX_FLAGGED_PER_THREAD) continue;
    const members = [...thread.keys()].filter((k) => (threadsOf.get(k)?.size ?? 0) >= MIN_SHARED).sort();
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        ties.add(members[x]!, members[y]!, [thread.get(members[x]!)!, thread.get(members[y]!)!]);
      }
    }
  }
  return ties.edges((shared, a, b) => {
    if (shared < MIN_SHARED || total === 0) return null;
    const expected = ((threadsOf.get(a)?.size ?? 0) * (threadsOf.get(b)?.size ?? 0)) / total;
    const p = poissonTail(shared, expected);
    return p < MAX_CHANCE ? surprise(p) : null;
  });
}
