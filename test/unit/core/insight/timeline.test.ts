// The popup's timeline: comments land in their minute, flagged ones are counted apart, a
// brigade's minute is marked a burst and an ordinary lively thread is not.
import { describe, expect, it } from 'vitest';
import { buildTimeline, burstRanges, MINUTE_MS } from '../../../../src/core/insight/timeline.ts';

const T0 = Date.UTC(2025, 0, 15, 9, 0);
const at = (minute: number, author: string, second = 0) => ({ authorKey: author, time: T0 + minute * MINUTE_MS + second * 1000 });

describe('buildTimeline', () => {
  it('counts comments per minute, flagged ones apart, and undated ones separately', () => {
    const t = buildTimeline([at(0, 'a'), at(0, 'b', 30), at(2, 'b'), { authorKey: 'c' }], new Set(['b']));
    expect(t.undated).toBe(1);
    expect(t.buckets).toEqual([
      { minute: T0, total: 2, flagged: 1, burst: false },
      { minute: T0 + 2 * MINUTE_MS, total: 1, flagged: 1, burst: false },
    ]);
  });

  it('marks the minute where a brigade arrives as a burst, and only that minute', () => {
    // a thread's ordinary pace: one comment every three minutes for two hours
    const steady = Array.from({ length: 40 }, (_, i) => at(i * 3, `u${i}`));
    const brigade = Array.from({ length: 8 }, (_, i) => at(61, `troll${i}`, i * 5));
    const t = buildTimeline([...steady, ...brigade], new Set(brigade.map((c) => c.authorKey)));
    const bursts = t.buckets.filter((b) => b.burst);
    expect(bursts.map((b) => b.minute)).toEqual([T0 + 61 * MINUTE_MS]);
    expect(bursts[0]!.flagged).toBe(8);
    expect(burstRanges(t.buckets)).toEqual([{ from: T0 + 61 * MINUTE_MS, to: T0 + 62 * MINUTE_MS, comments: 8 }]);
  });

  it('does not call a busy but even thread bursty', () => {
    const busy = Array.from({ length: 120 }, (_, i) => at(Math.floor(i / 3), `u${i}`));
    expect(buildTimeline(busy, new Set()).buckets.some((b) => b.burst)).toBe(false);
  });

  it('joins consecutive burst minutes into one range', () => {
    const buckets = [0, 1, 3].map((m) => ({ minute: T0 + m * MINUTE_MS, total: 5, flagged: 0, burst: true }));
    expect(burstRanges(buckets).map((r) => [(r.from - T0) / MINUTE_MS, (r.to - T0) / MINUTE_MS])).toEqual([[0, 2], [3, 4]]);
  });
});
