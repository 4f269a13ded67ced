// Signal: an author who keeps turning up in the same threads as another account, far more
// often than their separate activity predicts (seed reports: accounts that befriend and echo
// each other). Expected shared threads under independence: threads(a)·threads(b)/all threads;
// a Poisson tail says how surprising the observed count is. Uses the background's counts over
// longer history when given, else the threads of this context.
import type { AuthorKey, Signal } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { indexContext, memoised } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';
import { poissonTail, surprise } from './poissonTail.ts';

/** Shared threads before a pair is worth testing at all. */
export const MIN_SHARED = 3;
export const MAX_CHANCE = 1e-3;

interface Counts { threadsOf: ReadonlyMap<AuthorKey, ReadonlySet<string>>; total: number }

export function coOccurrence(author: AuthorKey, context: ScoringContext): Signal | null {
  const counts = memoised<Counts>(context, 'threadsOfAuthor', (index) => {
    const threadsOf = new Map<AuthorKey, Set<string>>();
    for (const [key, comments] of index.byAuthor) threadsOf.set(key, new Set(comments.map((c) => c.threadUrl)));
    return { threadsOf, total: index.byThread.size };
  });
  const shared = sharedThreads(author, context, counts);
  const given = context.coOccurrence;
  const total = given?.totalThreads ?? counts.total;
  const threadsOf = (key: AuthorKey) => given?.threadsPerAuthor.get(key) ?? counts.threadsOf.get(key)?.size ?? 0;
  let best: { other: AuthorKey; n: number; expected: number; p: number } | null = null;
  for (const [other, n] of shared) {
    if (n < MIN_SHARED || total === 0) continue;
    const expected = (threadsOf(author) * threadsOf(other)) / total;
    const p = poissonTail(n, expected);
    if (p < MAX_CHANCE && (!best || p < best.p)) best = { other, n, expected, p };
  }
  if (!best) return null;
  const index = indexContext(context);
  const both = counts.threadsOf.get(best.other) ?? new Set<string>();
  const own = (index.byAuthor.get(author) ?? []).filter((c) => both.has(c.threadUrl));
  const otherName = index.byAuthor.get(best.other)?.[0]?.displayName ?? context.authors?.get(best.other)?.displayName ?? best.other;
  return {
    id: 'coOccurrence',
    strength: surprise(best.p),
    sentence: {
      key: 'reasonCoOccurrence',
      substitutions: [String(best.n), otherName, best.expected < 1 ? '<1' : String(Math.round(best.expected))],
      count: best.n,
    },
    evidence: evidenceOf(own),
  };
}

/** How many threads `author` shares with each other author; only authors in 3+ threads can pass. */
function sharedThreads(author: AuthorKey, context: ScoringContext, counts: Counts): ReadonlyMap<AuthorKey, number> {
  const given = context.coOccurrence?.pairs.get(author);
  if (given) return given;
  const mine = counts.threadsOf.get(author);
  const shared = new Map<AuthorKey, number>();
  if (!mine || mine.size < MIN_SHARED) return shared;
  const byThread = indexContext(context).byThread;
  for (const url of mine) {
    const seen = new Set<AuthorKey>();
    for (const c of byThread.get(url) ?? []) {
      if (c.authorKey === author || seen.has(c.authorKey)) continue;
      seen.add(c.authorKey);
      shared.set(c.authorKey, (shared.get(c.authorKey) ?? 0) + 1);
    }
  }
  return shared;
}
