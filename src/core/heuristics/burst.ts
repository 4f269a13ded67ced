// Signal: many distinct accounts commenting in one thread within a few minutes, far more than
// the thread's own pace predicts (seed reports: bursts of comments and votes when a brigade is
// called in). Only dated comments count. The baseline is the thread's own pace around that
// moment (the hour before and after, the window left out) and never less than its average or one
// account per window, so a busy hour, a thread's lively start or a quiet thread waking up are
// not bursts merely for being busy. Thresholds were set on real honest pages: the HN thread's
// liveliest 4 minutes (9 authors) and news spikes in ordinary Russian bank tweets (up to 15 news
// accounts within 4 minutes) stay below a 2-minute window at chance 1e-6; IRA's 30 accounts in
// one minute are far above it.
import type { AuthorKey, Signal, StoredComment } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { indexContext, memoised } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';
import { poissonTail } from './poissonTail.ts';

/** Half-width of the window around a comment. */
export const HALF_WINDOW_MS = 60_000;
/** Distinct accounts (the author included) before a window is a burst at all. */
export const MIN_AUTHORS = 6;
/** Chance probability below which the window is called a burst. */
export const MAX_CHANCE = 1e-6;
/** Half-width of the neighbourhood whose pace is the baseline. */
export const HALF_NEIGHBOURHOOD_MS = 60 * 60_000;

interface DatedThread { comments: StoredComment[]; authorsPerMs: number }

export function burst(author: AuthorKey, context: ScoringContext): Signal | null {
  const threads = memoised(context, 'datedThreads', (index) => {
    const dated = new Map<string, DatedThread>();
    for (const [url, all] of index.byThread) {
      const comments = all.filter((c) => c.time !== undefined); // already in posting order
      if (comments.length < MIN_AUTHORS) continue;
      const span = comments[comments.length - 1]!.time! - comments[0]!.time!;
      const authors = new Set(comments.map((c) => c.authorKey)).size;
      if (span > 0) dated.set(url, { comments, authorsPerMs: authors / span });
    }
    return dated;
  });
  let best: { p: number; window: StoredComment[]; own: StoredComment; others: number } | null = null;
  for (const own of indexContext(context).byAuthor.get(author) ?? []) {
    const thread = own.time === undefined ? undefined : threads.get(own.threadUrl);
    if (!thread) continue;
    const t = own.time!;
    const [from, to] = timeRange(thread.comments, t - HALF_WINDOW_MS, t + HALF_WINDOW_MS);
    const window = thread.comments.slice(from, to);
    const authors = new Set(window.map((c) => c.authorKey)).size;
    if (authors < MIN_AUTHORS) continue;
    const [nFrom, nTo] = timeRange(thread.comments, t - HALF_NEIGHBOURHOOD_MS, t + HALF_NEIGHBOURHOOD_MS);
    const around = nTo - nFrom - window.length;
    const localPerMs = around / (2 * (HALF_NEIGHBOURHOOD_MS - HALF_WINDOW_MS));
    const expected = Math.max(1, Math.max(localPerMs, thread.authorsPerMs) * 2 * HALF_WINDOW_MS);
    const p = poissonTail(authors, expected);
    if (p < MAX_CHANCE && (!best || p < best.p)) best = { p, window, own, others: authors - 1 };
  }
  if (!best) return null;
  const minutes = String(Math.round((2 * HALF_WINDOW_MS) / 60_000));
  return {
    id: 'burst',
    // Past the threshold (1e-6) strength runs 0.5 → 1 as chance falls to 1e-12.
    strength: Math.min(1, -Math.log10(Math.max(best.p, 1e-300)) / 12),
    sentence: { key: 'reasonBurst', substitutions: [String(best.others), minutes], count: best.others },
    evidence: evidenceOf([best.own, ...best.window.filter((c) => c !== best.own)]),
  };
}

/** Index range [start, end) of the time-sorted comments with from <= time <= to (binary searches). */
export function timeRange(sorted: readonly StoredComment[], from: number, to: number): [number, number] {
  return [firstAtOrAfter(sorted, from), firstAtOrAfter(sorted, to + 1)];
}

function firstAtOrAfter(sorted: readonly StoredComment[], time: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.time! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
