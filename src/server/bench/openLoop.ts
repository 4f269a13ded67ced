// Open-loop load for bench:server: requests go out on a fixed arrival schedule (request i at
// i / rate seconds) whether or not earlier ones were answered, and each latency is measured from
// the request's SCHEDULED time, not from when it was actually sent. A closed loop (a fixed number
// in flight) waits for answers before sending more, so a stalled server slows the sender and the
// requests that should have arrived meanwhile are never timed (coordinated omission); here that
// wait is part of every late request's latency. The clock, the sleep and the send are passed in,
// so tests can run this exact code in virtual time against a server that stalls.

export interface OpenLoopIo {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Sends request `i`; resolves true when it was acknowledged, false (or throws) when not. */
  send(i: number): Promise<boolean>;
}

export interface OpenLoopOptions {
  count: number;
  ratePerSecond: number;
  /** At most this many unanswered at once (bounded sockets); later ones wait, and that wait is timed. */
  maxOutstanding: number;
  /** After the last scheduled arrival, how long answers may still take before the run stops. */
  graceMs: number;
}

export interface OpenLoopResult {
  scheduled: number;
  acknowledged: number[];
  failed: number;
  /** One per scheduled request, from its scheduled time; one never answered counts until the stop. */
  latenciesMs: number[];
  /** Length of the arrival schedule: count / rate. */
  scheduleMs: number;
}

/** When request `i` is due, in ms after the start: a fixed rate, no jitter. */
export const scheduledAt = (i: number, ratePerSecond: number): number => (i * 1000) / ratePerSecond;

/** The latency a user of request `i` sees: from when it should have gone out to its answer. */
export const latencyFromSchedule = (i: number, ratePerSecond: number, startMs: number, answeredAtMs: number): number =>
  answeredAtMs - (startMs + scheduledAt(i, ratePerSecond));

export async function openLoop(options: OpenLoopOptions, io: OpenLoopIo): Promise<OpenLoopResult> {
  const { count, ratePerSecond: rate, maxOutstanding, graceMs } = options;
  const scheduleMs = scheduledAt(count, rate);
  const latencies: (number | undefined)[] = new Array<number | undefined>(count).fill(undefined);
  const acknowledged: number[] = [];
  let outstanding = 0;
  let finished = false;
  const start = io.now();
  const stopAt = start + scheduleMs + graceMs;
  const launch = (i: number) => {
    outstanding++;
    const settle = (ok: boolean) => {
      outstanding--;
      const at = io.now();
      // An answer after the stop is not counted: it keeps the latency it had at the stop.
      if (finished || at > stopAt) return;
      latencies[i] = latencyFromSchedule(i, rate, start, at);
      if (ok) acknowledged.push(i);
    };
    io.send(i).then(settle, () => settle(false));
  };
  let next = 0;
  while (next < count && io.now() < stopAt) {
    const elapsed = io.now() - start;
    while (next < count && outstanding < maxOutstanding && scheduledAt(next, rate) <= elapsed) launch(next++);
    if (next >= count) break;
    // Full: look again in a millisecond (no long timers left behind). Else sleep until the next is due.
    await io.sleep(outstanding >= maxOutstanding ? 1 : Math.max(0, start + scheduledAt(next, rate) - io.now()));
  }
  // Answers still coming: wait for them up to the stop; what is left then (or never sent) is lost.
  while (outstanding > 0 && io.now() < stopAt) await io.sleep(Math.min(5, stopAt - io.now()));
  finished = true;
  const stoppedAt = Math.max(io.now(), stopAt);
  const latenciesMs = latencies.map((l, i) => l ?? latencyFromSchedule(i, rate, start, stoppedAt));
  return { scheduled: count, acknowledged, failed: count - acknowledged.length, latenciesMs, scheduleMs };
}

/** When each acknowledged request was answered, in ms after the start, in acknowledgement order. */
export function acknowledgedAt(result: Pick<OpenLoopResult, 'acknowledged' | 'latenciesMs'>, ratePerSecond: number): number[] {
  return result.acknowledged.map((i) => scheduledAt(i, ratePerSecond) + (result.latenciesMs[i] as number));
}

/** Answers per second between the first acknowledged answer and the last (0 with fewer than two). */
export function achievedRate(answeredAt: readonly number[]): number {
  if (answeredAt.length < 2) return 0;
  let first = Infinity;
  let last = -Infinity;
  // A loop, not Math.min(...): up to 200,000 values would overflow the call's arguments.
  for (const at of answeredAt) {
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  return ((answeredAt.length - 1) / (last - first)) * 1000;
}

/**
 * A server that keeps up answers at the offered rate, but the achieved rate still moves with the
 * latencies at both ends: its span is the schedule's plus the last answer's latency minus the
 * first's (10 s at 2,000/s, 5 ms first and 40 ms last: 1,993/s). So keeping up allows 1% below;
 * a server short of the rate by more has a backlog growing by 1% of the schedule (100 ms over
 * 10 s), which its p99 shows as well.
 */
export const KEEPS_UP_WITHIN = 0.01;
export const keepsUp = (achieved: number, offered: number): boolean => achieved >= offered * (1 - KEEPS_UP_WITHIN);
