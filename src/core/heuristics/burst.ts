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

interface DatedThread {
  /** The context's dated comments of the thread, posting order: the window and its evidence. */
  comments: StoredComment[];
  /** How many of the thread's dated comments fall in [from, to]: the whole thread's, when known. */
  count: (from: number, to: number) => number;
  authorsPerMs: number;
}

export function burst(author: AuthorKey, context: ScoringContext): Signal | null {
  const threads = memoised(context, 'datedThreads', (index) => {
    const dated = new Map<string, DatedThread>();
    for (const [url, all] of index.byThread) {
      const comments = all.filter((c) => c.time !== undefined); // already in posting order
      // The background gives the whole thread's timeline when `comments` hold only part of it.
      const timeline = context.timelines?.get(url);
      const times = timeline?.times ?? comments.map((c) => c.time!);
      if (times.length < MIN_AUTHORS) continue;
      const span = times[times.length - 1]! - times[0]!;
      const authors = timeline?.authors ?? new Set(comments.map((c) => c.authorKey)).size;
      if (span > 0) dated.set(url, { comments, count: (from, to) => countBetween(times, from, to), authorsPerMs: authors / span });
    }
    return dated;
  });
  let best: { p: number; window: StoredComment[]; own: StoredComment; others: number } | null = null;
  for (const own of indexContext(context).byAuthor.get(author) ?? []) {
    const thread = own.time === undefined ? undefined : threads.get(own.threadUrl);
    if (!thread) continue;
    const t = own.time!;
    const [from, to] = timeRange(thread.comments, t - HALF_WINDOW_MS, t + HALF_WINDOW_MS);
    if (to - from < MIN_AUTHORS) continue; // fewer comments than the authors needed: most windows
    const window = thread.comments.slice(from, to);
    const authors = new Set(window.map((c) => c.authorKey)).size;
    if (authors < MIN_AUTHORS) continue;
    // Both counts from the same source, so the window is left out exactly.
    const around = thread.count(t - HALF_NEIGHBOURHOOD_MS, t + HALF_NEIGHBOURHOOD_MS) - thread.count(t - HALF_WINDOW_MS, t + HALF_WINDOW_MS);
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
  const at = (i: number) => sorted[i]!.time!;
  return [firstAtOrAfter(sorted.length, at, from), firstAtOrAfter(sorted.length, at, to + 1)];
}

/** How many of the ascending `times` lie in [from, to]: two binary searches. */
export function countBetween(times: readonly number[], from: number, to: number): number {
  const at = (i: number) => times[i]!;
  return firstAtOrAfter(times.length, at, to + 1) - firstAtOrAfter(times.length, at, from);
}

function firstAtOrAfter(length: number, at: (i: number) => number, time: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
