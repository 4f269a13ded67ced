// The background scores a batch's authors with only the comments near theirs plus the thread's
// timeline (times and distinct authors). Burst must then say exactly what it says on the whole
// thread: same reasons, same strengths, same evidence — on real IRA timing inside real ordinary
// tweets, for trolls and ordinary accounts alike. Without the timeline the partial context
// would misjudge the thread's pace, which is why the timeline is there.
import { describe, expect, it } from 'vitest';
import { burst, countBetween, HALF_WINDOW_MS } from '../../../../src/core/heuristics/burst.ts';
import type { ScoringContext, ThreadTimeline } from '../../../../src/core/heuristics/context.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { iraComment, iraTweets, ordinaryComment, ordinaryRuTweets } from './realData.ts';

const THREAD = 'https://x.com/search?q=thread';
const minute = iraTweets().filter((t) => t.publish_date === '2015-09-29 13:15:00').map((t) => iraComment(t, THREAD));
const ordinaryRows = ordinaryRuTweets().slice(0, 600);
const shift = minute[0]!.time! - Number(ordinaryRows[300]!.date) * 1000;
const ordinary = ordinaryRows.map((r) => {
  const c = ordinaryComment(r, THREAD);
  return { ...c, time: c.time! + shift, seenAt: c.seenAt + shift };
});
const thread = [...ordinary, ...minute];
const whole: ScoringContext = { comments: thread, trusted: new Set() };
const timeline: ThreadTimeline = {
  times: thread.map((c) => c.time!).sort((a, b) => a - b),
  authors: new Set(thread.map((c) => c.authorKey)).size,
};

/** What the background gives one author's scoring: their comments and the thread within the burst window of them. */
function partial(author: string, withTimeline: boolean): ScoringContext {
  const own = thread.filter((c) => c.authorKey === author);
  const near = (c: StoredComment) => own.some((o) => Math.abs(o.time! - c.time!) <= HALF_WINDOW_MS);
  return { comments: thread.filter(near), trusted: new Set(), ...(withTimeline ? { timelines: new Map([[THREAD, timeline]]) } : {}) };
}

describe('burst with a thread timeline', () => {
  const authors = [...new Set(thread.map((c) => c.authorKey))];

  it('judges every author of the thread from the window and the timeline exactly as from the whole thread', () => {
    let flagged = 0;
    for (const author of authors) {
      const full = burst(author, whole);
      if (full) flagged++;
      expect(burst(author, partial(author, true)), author).toEqual(full);
    }
    expect(flagged).toBeGreaterThanOrEqual(25); // the IRA minute is found, and it is found the same way
  });

  it('misjudges the pace without the timeline (what the timeline is for)', () => {
    const differs = authors.filter((author) => JSON.stringify(burst(author, partial(author, false))) !== JSON.stringify(burst(author, whole)));
    expect(differs.length).toBeGreaterThan(0);
  });

  it('counts times in a closed range with binary searches', () => {
    const times = [1, 3, 3, 5, 8];
    expect(countBetween(times, 3, 5)).toBe(3);
    expect(countBetween(times, 0, 0)).toBe(0);
    expect(countBetween(times, 8, 100)).toBe(1);
    expect(countBetween([], 0, 10)).toBe(0);
  });
});
