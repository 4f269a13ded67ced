// One timed phase of bench:server (the closed loop or the open loop): runs the load while
// measuring the CPU of the server process and of this one, and says it in one line of
// conditions, so every printed figure carries what the machine was doing meanwhile.
import { cpus, loadavg } from 'node:os';
import type { ChildServer } from './childServer.ts';

export interface PhaseCost {
  wallSeconds: number;
  serverCpuSeconds: number;
  /** Reports the store wrote in the phase (the denominator of CPU per report). */
  stored: number;
  conditions: string;
}

export async function measuredPhase<T>(server: ChildServer, load: () => Promise<T>): Promise<{ result: T; cost: PhaseCost }> {
  const before = await server.stats();
  const clientBefore = process.cpuUsage();
  const loadBefore = loadavg()[0] as number;
  const started = performance.now();
  const result = await load();
  const wallSeconds = (performance.now() - started) / 1000;
  const client = process.cpuUsage(clientBefore);
  const after = await server.stats();
  const serverCpu = after.cpuSeconds - before.cpuSeconds;
  const clientCpu = (client.user + client.system) / 1e6;
  const batches = after.store.batches - before.store.batches;
  const stored = after.store.reports - before.store.reports;
  const conditions =
    `CPU: server ${serverCpu.toFixed(1)} s (${((serverCpu / wallSeconds) * 100).toFixed(0)}% of a core, ${((serverCpu / Math.max(1, stored)) * 1e6).toFixed(0)} µs/report), ` +
    `load generator ${clientCpu.toFixed(1)} s (${((clientCpu / wallSeconds) * 100).toFixed(0)}%, ${((clientCpu / Math.max(1, stored)) * 1e6).toFixed(0)} µs/report), ${cpus().length} cores, load average ${loadBefore.toFixed(1)}→${(loadavg()[0] as number).toFixed(1)}; ` +
    `mean batch ${(stored / Math.max(1, batches)).toFixed(1)} reports, ${((after.store.writeMs - before.store.writeMs) / Math.max(1, batches)).toFixed(1)} ms per batch statement`;
  return { result, cost: { wallSeconds, serverCpuSeconds: serverCpu, stored, conditions } };
}
