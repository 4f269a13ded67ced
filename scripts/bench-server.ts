// npm run bench:server [-- --count N --seconds S --in-flight C]: starts the list server on
// 127.0.0.1 with a throwaway PGlite store (or DATABASE_URL), posts pre-signed reports from
// many keys, and prints accepted reports per second and p99 latency against the goals
// (2,000/s, p99 50 ms). Bounded in count and time; stops the server and itself when done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, runLoad, signedReports } from '../src/server/bench/load.ts';
import { configFromEnv } from '../src/server/config.ts';
import { startServer } from '../src/server/main.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '20000' }, seconds: { type: 'string', default: '20' }, 'in-flight': { type: 'string', default: '64' } } });
const count = Math.min(200_000, Number(values.count));
const seconds = Math.min(300, Number(values.seconds));
const inFlight = Math.min(1024, Number(values['in-flight']));
const GOAL_PER_SECOND = 2000;
const GOAL_P99_MS = 50;

const dataDir = mkdtempSync(join(tmpdir(), 'kuzet-bench-server-'));
const config = { ...configFromEnv({ ...process.env, KUZET_DATA_DIR: dataDir, KUZET_PORT: '0' }), rateLimit: { perHour: 1e12, burst: 1e9 }, publishEveryMs: 0 };
const server = await startServer(config);
try {
  const reports = signedReports(count, 1000, `bench-${Date.now()}`);
  // Warm-up: the first requests pay for JIT and PGlite's first plans, not the steady state.
  await runLoad(server.url, signedReports(500, 50, `warm-${Date.now()}`), inFlight, 10_000);
  const cpuBefore = process.cpuUsage();
  const result = await runLoad(server.url, reports, inFlight, seconds * 1000);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perSecond = result.acknowledged.length / (result.elapsedMs / 1000);
  const p99 = percentile(result.latenciesMs, 99);
  const rows = [
    ['store', server.context.db.kind],
    ['reports sent', String(result.sent)],
    ['acknowledged', String(result.acknowledged.length)],
    ['failed', String(result.failed)],
    ['seconds', (result.elapsedMs / 1000).toFixed(1)],
    ['accepted reports/s', `${perSecond.toFixed(0)} (goal ${GOAL_PER_SECOND}: ratio ${(perSecond / GOAL_PER_SECOND).toFixed(2)})`],
    // On a shared, loaded machine wall-clock figures fall with others' load; CPU seconds less so.
    ['reports/CPU-second', `${(result.acknowledged.length / cpuSeconds).toFixed(0)} (server and client together, ${cpuSeconds.toFixed(1)} CPU-s)`],
    ['p50 latency ms', percentile(result.latenciesMs, 50).toFixed(1)],
    ['p99 latency ms', `${p99.toFixed(1)} (goal ${GOAL_P99_MS}: ratio ${(p99 / GOAL_P99_MS).toFixed(2)})`],
    ['in flight', String(inFlight)],
    ['mean batch size', (server.context.store.stats().reports / Math.max(1, server.context.store.stats().batches)).toFixed(1)],
  ];
  console.log(`bench:server on 127.0.0.1, ${inFlight} requests in flight, signatures checked, one process for server and client`);
  for (const [name, value] of rows) console.log(`${(name as string).padEnd(20)} ${value}`);
  if (result.failed > 0) process.exitCode = 1;
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
