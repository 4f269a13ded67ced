// npm run bench:server [-- --count N --seconds S --in-flight C --profile DIR]: starts the list
// server in its own process on 127.0.0.1 with a throwaway PGlite store (or DATABASE_URL), posts
// pre-signed reports from many keys from this process (keep-alive, bounded in flight), and
// prints accepted reports per second and p99 latency against the goals (2,000/s, p99 50 ms),
// with how the CPU was split between server and load generator. Bounded in count and time;
// stops the server and itself when done. --profile writes the server's V8 CPU profile to DIR.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startChildServer } from '../src/server/bench/childServer.ts';
import { percentile, runLoad, signedReports } from '../src/server/bench/load.ts';
import type { BenchLine } from './bench/benchLine.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '40000' }, seconds: { type: 'string', default: '20' }, 'in-flight': { type: 'string', default: '64' }, profile: { type: 'string' } },
});
const count = Math.min(200_000, Number(values.count));
const seconds = Math.min(300, Number(values.seconds));
const inFlight = Math.min(1024, Number(values['in-flight']));
const GOAL_PER_SECOND = 2000;
const GOAL_P99_MS = 50;

const dataDir = mkdtempSync(join(tmpdir(), 'kuzet-bench-server-'));
const server = await startChildServer(
  // Limits off (one key sends hundreds), triage on its default schedule as in production.
  { KUZET_DATA_DIR: dataDir, KUZET_PORT: '0', KUZET_RATE_PER_HOUR: '1000000000000', KUZET_RATE_BURST: '1000000000', KUZET_PUBLISH_EVERY_MINUTES: '0' },
  values.profile,
);
try {
  // Signed before timing: the load generator only sends bytes while the clock runs.
  const reports = signedReports(count, 1000, `bench-${Date.now()}`);
  // Warm-up: the first requests pay for JIT and the first plans, not the steady state.
  await runLoad(server.url, signedReports(1000, 50, `warm-${Date.now()}`), inFlight, 10_000);
  const before = await server.stats();
  const clientBefore = process.cpuUsage();
  const loadBefore = loadavg()[0] as number;
  const result = await runLoad(server.url, reports, inFlight, seconds * 1000);
  const client = process.cpuUsage(clientBefore);
  const after = await server.stats();
  const wall = result.elapsedMs / 1000;
  const serverCpu = after.cpuSeconds - before.cpuSeconds;
  const clientCpu = (client.user + client.system) / 1e6;
  const batches = after.store.batches - before.store.batches;
  const batched = after.store.reports - before.store.reports;
  const perSecond = result.acknowledged.length / wall;
  const p99 = percentile(result.latenciesMs, 99);
  const conditions =
    `${server.db}, ${inFlight} in flight, ${result.acknowledged.length}/${result.sent} acknowledged in ${wall.toFixed(1)} s, ` +
    `CPU: server ${serverCpu.toFixed(1)} s (${((serverCpu / wall) * 100).toFixed(0)}% of a core, ${((serverCpu / Math.max(1, batched)) * 1e6).toFixed(0)} µs/report), ` +
    `load generator ${clientCpu.toFixed(1)} s (${((clientCpu / wall) * 100).toFixed(0)}%), ${cpus().length} cores, load average ${loadBefore.toFixed(1)}→${(loadavg()[0] as number).toFixed(1)}; ` +
    `mean batch ${(batched / Math.max(1, batches)).toFixed(1)} reports, ${((after.store.writeMs - before.store.writeMs) / Math.max(1, batches)).toFixed(1)} ms per batch statement`;
  const lines: BenchLine[] = [
    { figure: 'list server: signed reports accepted per second', value: perSecond, unit: 'reports/s', ratio: perSecond / GOAL_PER_SECOND, goal: `≥ ${GOAL_PER_SECOND}/s on 2 cores`, met: perSecond >= GOAL_PER_SECOND, note: conditions },
    { figure: 'list server: p99 latency of a report', value: p99, unit: 'ms', ratio: GOAL_P99_MS / p99, goal: `p99 ≤ ${GOAL_P99_MS} ms`, met: p99 <= GOAL_P99_MS, note: `p50 ${percentile(result.latenciesMs, 50).toFixed(1)} ms` },
  ];
  console.log(`bench:server on 127.0.0.1: server in its own process, load generator in this one, signatures checked, answers only after commit`);
  for (const line of lines) {
    console.log(`${line.figure}: ${line.value.toFixed(1)} ${line.unit}  ratio ${line.ratio?.toFixed(2)}×  goal ${line.goal}: ${line.met ? 'met' : 'NOT met'}`);
    console.log(`  ${line.note}`);
  }
  // The same shape as `npm run bench`'s figures, one JSON object a line, for tools.
  for (const line of lines) console.log(JSON.stringify(line));
  if (result.failed > 0) process.exitCode = 1;
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
