// npm run bench:server [-- --count N --seconds S --in-flight C --rate R --open-seconds S2
// --profile DIR]: starts the list server in its own process on 127.0.0.1 with a throwaway PGlite
// store (or DATABASE_URL) and posts pre-signed reports from many keys from this process, twice:
// 1. closed loop, C requests in flight: the saturation throughput (the most it accepts per second);
// 2. open loop, arrivals on a fixed schedule at R/s (default the goal's 2,000/s) for S2 seconds,
//    each latency timed from its scheduled send: the goal line (achieved ≥ 2,000/s, p99 ≤ 50 ms).
//    Its connections are opened by 2 s of the same schedule first, not timed (its p99 is printed);
//    its requests are serialised and the generator's garbage collected before that warm-up.
// Bounded in count and time; stops the server and itself when done. --profile writes the
// server's V8 CPU profiles to DIR.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startChildServer, type ChildServer } from '../src/server/bench/childServer.ts';
import { openLoadSession, percentile, runLoad, signedReports } from '../src/server/bench/load.ts';
import { acknowledgedAt, achievedRate, KEEPS_UP_WITHIN, keepsUp } from '../src/server/bench/openLoop.ts';
import { measuredPhase } from '../src/server/bench/phase.ts';
import type { BenchLine } from './bench/benchLine.ts';
import type { SignedReport } from '../src/core/lists/format.ts';

// An unknown option is a clear one-line refusal (exit 2), not a stack trace.
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        count: { type: 'string', default: '40000' },
        seconds: { type: 'string', default: '20' },
        'in-flight': { type: 'string', default: '64' },
        rate: { type: 'string', default: '2000' },
        'open-seconds': { type: 'string', default: '10' },
        profile: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`bench:server: ${(error as Error).message}`);
    process.exit(2);
  }
})();
/** An option's value as a positive number, capped at `max` (the bench stays bounded); else exit 2. */
function positive(name: 'count' | 'seconds' | 'in-flight' | 'rate' | 'open-seconds', max: number, integer = false): number {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    console.error(`bench:server: --${name} must be a positive ${integer ? 'whole number' : 'number'}, not "${values[name]}"`);
    process.exit(2);
  }
  return Math.min(max, value);
}
const count = positive('count', 200_000, true);
const seconds = positive('seconds', 300);
const inFlight = positive('in-flight', 1024, true);
const rate = positive('rate', 20_000);
const openCount = Math.max(1, Math.min(200_000, Math.round(rate * positive('open-seconds', 120))));
const GOAL_PER_SECOND = 2000;
const GOAL_P99_MS = 50;
/** " (why: 3× HTTP 409, 1× not answered in time)", or nothing when every request was acknowledged. */
function failureReasons(result: { failed: number; failures: Record<string, number> }): string {
  const reasons = Object.entries(result.failures);
  const unanswered = result.failed - reasons.reduce((sum, [, n]) => sum + n, 0);
  if (unanswered > 0) reasons.push(['not answered in time', unanswered]);
  return reasons.length === 0 ? '' : ` (why: ${reasons.map(([reason, n]) => `${n}× ${reason}`).join(', ')})`;
}

/** A full collection in this process when node runs with --expose-gc (npm run bench:server does). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  else console.warn('bench:server: run with --expose-gc (npm run bench:server does) or the load generator may collect its garbage during the open loop');
}

/**
 * The open loop's untimed 2 s warm-up, then the timed loop, on the same connections (at most
 * 1,024 unanswered; answers may come up to 5 s after the schedule), closed whatever happens.
 */
async function openPhase(server: ChildServer, warmUp: SignedReport[], timed: SignedReport[]) {
  const session = openLoadSession(server.url, 1024);
  try {
    const openOptions = { ratePerSecond: rate, graceMs: 5000 };
    const warmLoad = session.prepare(warmUp);
    const openLoad = session.prepare(timed);
    // The generator's own garbage was collected inside the timed open loop: --trace-gc showed the
    // closed loop's signed reports and their bytes going in a 235 -> 56 MB mark-compact 0.4 s into
    // it (a 25 ms pause, 60 ms of marking steps), and serialising the open loop's requests blocked
    // it ~300 ms and set off another; every send and answer they delayed was counted as the
    // server's latency. So the requests are built first and the garbage collected (the caller
    // has dropped the closed loop's reports) before the untimed warm-up, whose 2 s also absorb
    // the sweeping (the script runs with --expose-gc). The server's process is not touched.
    collectGarbage();
    const warm = await session.run(warmLoad, openOptions);
    const open = await measuredPhase(server, () => session.run(openLoad, openOptions));
    return { warm, open };
  } finally {
    session.close();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'kuzet-bench-server-'));
const server = await startChildServer(
  // Limits off (one key sends hundreds), triage on its default schedule as in production.
  { KUZET_DATA_DIR: dataDir, KUZET_PORT: '0', KUZET_RATE_PER_HOUR: '1000000000000', KUZET_RATE_BURST: '1000000000', KUZET_PUBLISH_EVERY_MINUTES: '0' },
  values.profile,
);
try {
  // Signed before timing: the load generator only sends bytes while the clock runs.
  const reports = signedReports(count, 1000, `bench-${Date.now()}`);
  const openReports = signedReports(openCount, 1000, `open-${Date.now()}`);
  const openWarmUp = signedReports(Math.round(rate * 2), 1000, `open-warm-${Date.now()}`);
  // Warm-up: the first requests pay for JIT and the first plans, not the steady state.
  await runLoad(server.url, signedReports(1000, 50, `warm-${Date.now()}`), inFlight, 10_000);

  const closed = await measuredPhase(server, () => runLoad(server.url, reports, inFlight, seconds * 1000));
  const saturation = closed.result.acknowledged.length / (closed.result.elapsedMs / 1000);
  const closedP50 = percentile(closed.result.latenciesMs, 50);
  const closedP99 = percentile(closed.result.latenciesMs, 99);

  // The closed loop's reports are garbage from here; openPhase collects them before it times.
  reports.length = 0;
  const { warm, open } = await openPhase(server, openWarmUp, openReports);
  const { latenciesMs, scheduleMs } = open.result;
  // Answers per second between the first answer and the last: a server that keeps up answers
  // at the offered rate; one that falls behind stretches the span past the schedule.
  const ackedAt = acknowledgedAt(open.result, rate);
  const achieved = achievedRate(ackedAt);
  const openP99 = percentile(latenciesMs, 99);
  // Answered after the schedule ended: the backlog a server that cannot keep up leaves.
  const late = ackedAt.filter((at) => at > scheduleMs).length;
  const goalMet = rate >= GOAL_PER_SECOND && keepsUp(achieved, GOAL_PER_SECOND) && openP99 <= GOAL_P99_MS;

  const lines: BenchLine[] = [
    {
      figure: 'list server: saturation throughput (closed loop)',
      value: saturation,
      unit: 'reports/s',
      ratio: saturation / GOAL_PER_SECOND,
      goal: `≥ ${GOAL_PER_SECOND}/s on 2 cores`,
      met: saturation >= GOAL_PER_SECOND,
      note:
        `${server.db}, ${inFlight} in flight, ${closed.result.acknowledged.length}/${closed.result.sent} acknowledged in ${closed.cost.wallSeconds.toFixed(1)} s; ` +
        `p50 ${closedP50.toFixed(1)} ms, p99 ${closedP99.toFixed(1)} ms (with ${inFlight} in flight the mean is ${inFlight} ÷ throughput = ${((inFlight / saturation) * 1000).toFixed(0)} ms by Little's law: queueing, not the goal's latency); ${closed.cost.conditions}`,
    },
    {
      figure: `list server: achieved rate at offered ${rate}/s (open loop)`,
      value: achieved,
      unit: 'reports/s',
      ratio: achieved / GOAL_PER_SECOND,
      goal: `≥ ${GOAL_PER_SECOND}/s, within ${KEEPS_UP_WITHIN * 100}% (the latencies at both ends move it)`,
      met: keepsUp(achieved, GOAL_PER_SECOND),
      note:
        `${open.result.acknowledged.length}/${openCount} acknowledged in a ${(scheduleMs / 1000).toFixed(1)} s schedule, ${late} of them after it ended, ` +
        `${open.result.failed} refused or not answered within 5 s of its end (timed until then)${failureReasons(open.result)}; ${open.cost.conditions}`,
    },
    {
      figure: `list server: p99 latency at offered ${rate}/s (open loop, from scheduled send)`,
      value: openP99,
      unit: 'ms',
      ratio: GOAL_P99_MS / openP99,
      goal: `p99 ≤ ${GOAL_P99_MS} ms`,
      met: openP99 <= GOAL_P99_MS,
      note:
        `p50 ${percentile(latenciesMs, 50).toFixed(1)} ms, p90 ${percentile(latenciesMs, 90).toFixed(1)} ms, max ${percentile(latenciesMs, 100).toFixed(1)} ms; ` +
        `the 2 s warm-up before it, on new connections (not counted): p99 ${percentile(warm.latenciesMs, 99).toFixed(1)} ms, ${warm.acknowledged.length}/${openWarmUp.length} acknowledged`,
    },
  ];
  console.log(`bench:server on 127.0.0.1: server in its own process, load generator in this one, signatures checked, answers only after commit`);
  for (const line of lines) {
    console.log(`${line.figure}: ${line.value.toFixed(1)} ${line.unit}  ratio ${line.ratio?.toFixed(2)}×  goal ${line.goal}: ${line.met ? 'met' : 'NOT met'}`);
    console.log(`  ${line.note}`);
  }
  console.log(`goal (${GOAL_PER_SECOND}/s with p99 ≤ ${GOAL_P99_MS} ms, open loop): ${goalMet ? 'met' : 'NOT met'}`);
  // The same shape as `npm run bench`'s figures, one JSON object a line, for tools.
  for (const line of lines) console.log(JSON.stringify(line));
  if (closed.result.failed > 0) process.exitCode = 1;
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
