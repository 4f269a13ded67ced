// A thread's pace for the popup's timeline plot: comments per minute, how many of them by
// flagged authors, and which minutes are bursts (far more comments than the thread's own pace
// around that moment predicts), the pattern of a brigaded thread or online poll. Pure: the
// comments and the flagged set come in; only dated comments can be placed on a time axis.
import { poissonTail } from '../heuristics/poissonTail.ts';

export const MINUTE_MS = 60_000;
/** Fewest comments in one minute before it can be a burst at all. */
export const MIN_BURST_COMMENTS = 4;
/** Chance probability below which a minute is marked a burst. */
export const MAX_BURST_CHANCE = 1e-4;
/** Half-width of the neighbourhood whose pace is the baseline, in minutes. */
export const NEIGHBOURHOOD_MINUTES = 60;
/** Buckets returned at most (busiest kept): bounds the message and the drawing. */
export const MAX_BUCKETS = 5_000;

export interface TimedComment {
  authorKey: string;
  time?: number;
}

export interface TimelineBucket {
  /** Start of the minute, epoch ms. */
  minute: number;
  total: number;
  flagged: number;
  burst: boolean;
}

export interface Timeline {
  /** Minutes with at least one comment, oldest first (empty minutes are left out). */
  buckets: TimelineBucket[];
  /** Comments the page gave no time for: counted, but not on the axis. */
  undated: number;
}

export function buildTimeline(comments: readonly TimedComment[], flagged: ReadonlySet<string>): Timeline {
  const byMinute = new Map<number, { total: number; flagged: number }>();
  let undated = 0;
  for (const c of comments) {
    if (c.time === undefined || !Number.isFinite(c.time)) {
      undated++;
      continue;
    }
    const minute = Math.floor(c.time / MINUTE_MS) * MINUTE_MS;
    const bucket = byMinute.get(minute) ?? { total: 0, flagged: 0 };
    bucket.total++;
    if (flagged.has(c.authorKey)) bucket.flagged++;
    byMinute.set(minute, bucket);
  }
  const minutes = [...byMinute.keys()].sort((a, b) => a - b);
  const dated = comments.length - undated;
  const spanMinutes = minutes.length === 0 ? 1 : (minutes.at(-1)! - minutes[0]!) / MINUTE_MS + 1;
  const threadPace = dated / spanMinutes;
  let buckets = minutes.map((minute) => {
    const { total, flagged: f } = byMinute.get(minute)!;
    return { minute, total, flagged: f, burst: isBurst(minute, total, byMinute, threadPace) };
  });
  if (buckets.length > MAX_BUCKETS) {
    const keep = new Set([...buckets].sort((a, b) => b.total - a.total).slice(0, MAX_BUCKETS).map((b) => b.minute));
    buckets = buckets.filter((b) => keep.has(b.minute));
  }
  return { buckets, undated };
}

/** A minute is a burst when its count is improbable against the pace of the hour around it. */
function isBurst(minute: number, total: number, byMinute: ReadonlyMap<number, { total: number }>, threadPace: number): boolean {
  if (total < MIN_BURST_COMMENTS) return false;
  let around = 0;
  for (let k = 1; k <= NEIGHBOURHOOD_MINUTES; k++) {
    around += byMinute.get(minute - k * MINUTE_MS)?.total ?? 0;
    around += byMinute.get(minute + k * MINUTE_MS)?.total ?? 0;
  }
  // Never below the thread's own average nor one comment in four minutes: a quiet thread
  // waking up is not a burst merely for having been quiet.
  const expected = Math.max(around / (2 * NEIGHBOURHOOD_MINUTES), threadPace, 0.25);
  return poissonTail(total, expected) < MAX_BURST_CHANCE;
}

/** Consecutive burst minutes joined into ranges [from, to) for the plot's markers. */
export function burstRanges(buckets: readonly TimelineBucket[]): { from: number; to: number; comments: number }[] {
  const ranges: { from: number; to: number; comments: number }[] = [];
  for (const b of buckets) {
    if (!b.burst) continue;
    const last = ranges.at(-1);
    if (last && last.to === b.minute) {
      last.to += MINUTE_MS;
      last.comments += b.total;
    } else ranges.push({ from: b.minute, to: b.minute + MINUTE_MS, comments: b.total });
  }
  return ranges;
}
