// The open-loop load generator (bench:server's goal line) in virtual time against model servers:
// arrivals keep their schedule, and a server that stalls is charged for every request that
// should have arrived during the stall, not only for the few the sender had in flight.
import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/server/bench/load.ts';
import { acknowledgedAt, achievedRate, keepsUp, openLoop, scheduledAt, type OpenLoopIo } from '../../src/server/bench/openLoop.ts';

/** A virtual clock: sleeps and answers are events; time jumps to the next one once nothing else can run. */
function virtualTime(answerAt: (i: number, sentAt: number) => number | null) {
  let t = 0;
  const events: { at: number; fire: () => void }[] = [];
  const sentAt: number[] = [];
  const io: OpenLoopIo = {
    now: () => t,
    sleep: (ms) => new Promise((resolve) => events.push({ at: t + ms, fire: resolve })),
    send: (i) => {
      sentAt[i] = t;
      const at = answerAt(i, t);
      // null: the server never answers this one.
      return new Promise((resolve) => at !== null && events.push({ at, fire: () => resolve(true) }));
    },
  };
  async function run<T>(work: Promise<T>): Promise<T> {
    let done = false;
    void work.finally(() => (done = true));
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (done) return work;
      events.sort((a, b) => a.at - b.at);
      const next = events.shift();
      if (!next) throw new Error('nothing left to happen');
      t = Math.max(t, next.at);
      next.fire();
    }
  }
  return { io, run, sentAt };
}

const RATE = 1000;
const options = { count: 1000, ratePerSecond: RATE, maxOutstanding: 8, graceMs: 2000 };

describe('open-loop load', () => {
  it('sends on a fixed schedule at the offered rate', async () => {
    expect([0, 1, 2000].map((i) => scheduledAt(i, 2000))).toEqual([0, 0.5, 1000]);
    const v = virtualTime((_, sentAt) => sentAt + 1);
    const result = await v.run(openLoop(options, v.io));
    // A server that keeps up: every request leaves on time and waits only its 1 ms of service.
    v.sentAt.forEach((at, i) => expect(at).toBeCloseTo(scheduledAt(i, RATE), 6));
    expect(result.acknowledged).toHaveLength(1000);
    expect(Math.max(...result.latenciesMs)).toBeCloseTo(1, 6);
  });

  it('counts a server as keeping up though its latency rose from 1 to 40 ms, and one at 95% of the rate as not', async () => {
    const long = { ...options, count: 10_000, maxOutstanding: 100 };
    const rising = virtualTime((i, sentAt) => sentAt + 1 + (39 * i) / 10_000);
    const kept = await rising.run(openLoop(long, rising.io));
    const rate = achievedRate(acknowledgedAt(kept, RATE));
    // Every request answered, yet the span grew by the 39 ms the latency rose: just under the rate.
    expect(kept.acknowledged).toHaveLength(10_000);
    expect(rate).toBeLessThan(RATE);
    expect(rate).toBeGreaterThan(RATE * 0.995);
    expect(keepsUp(rate, RATE)).toBe(true);
    // One at a time at 95% of the offered rate: a backlog that grows for the whole schedule.
    let free = 0;
    const slow = virtualTime((_, sentAt) => (free = Math.max(sentAt, free) + 1000 / (RATE * 0.95)));
    const behind = await slow.run(openLoop(long, slow.io));
    expect(achievedRate(acknowledgedAt(behind, RATE))).toBeCloseTo(RATE * 0.95, 0);
    expect(keepsUp(achievedRate(acknowledgedAt(behind, RATE)), RATE)).toBe(false);
  }, 60_000);

  it('charges a half-second stall to every request scheduled during it, though only 8 were in flight', async () => {
    // Answers 1 ms after each send, except that nothing is answered between 100 and 600 ms.
    const stalled = (at: number) => (at >= 100 && at < 600 ? 600 : at);
    const v = virtualTime((_, sentAt) => stalled(sentAt) + 1);
    const result = await v.run(openLoop(options, v.io));
    expect(result.acknowledged).toHaveLength(1000);
    // Half the schedule fell in the stall: the median request waited, the worst waited ~500 ms.
    expect(percentile(result.latenciesMs, 99)).toBeGreaterThan(450);
    expect(percentile(result.latenciesMs, 50)).toBeGreaterThan(1);
    // Timed from the actual send instead, the sender's own backlog would hide the stall: only
    // the 8 requests in flight when it began would look slow.
    const fromSend = result.latenciesMs.map((latency, i) => latency + scheduledAt(i, RATE) - (v.sentAt[i] as number));
    expect(percentile(fromSend, 99)).toBeLessThan(5);
  });

  it('counts a request never answered by the stop as lost, timed until the stop', async () => {
    const v = virtualTime((i, sentAt) => (i === 5 ? null : sentAt + 1));
    const result = await v.run(openLoop({ ...options, maxOutstanding: 64 }, v.io));
    expect(result.acknowledged).toHaveLength(999);
    expect(result.failed).toBe(1);
    expect(result.latenciesMs[5]).toBeCloseTo(result.scheduleMs + options.graceMs - scheduledAt(5, RATE), 0);
  });
});
