// Loopback load for bench:server and the kill -9 test: pre-signed reports from many keys,
// posted with a fixed number of requests in flight (closed loop: saturation) until a count or a
// deadline is reached, or on a fixed arrival schedule (open loop, openLoop.ts: latency at a rate).
import { Agent, request } from 'node:http';
import type { SignedReport } from '../../core/lists/format.ts';
import { nodeKeyPair } from '../reports/nodeSigner.ts';
import { openLoop, type OpenLoopOptions, type OpenLoopResult } from './openLoop.ts';

export function signedReports(count: number, keys: number, tag: string): SignedReport[] {
  const pairs = Array.from({ length: keys }, () => nodeKeyPair());
  return Array.from({ length: count }, (_, i) =>
    (pairs[i % keys] as ReturnType<typeof nodeKeyPair>).signReport({
      v: 1,
      id: `${tag}-${i}`,
      authorKey: `hackernews:target${i % 997}`,
      displayName: `target${i % 997}`,
      category: 'coordinated',
      note: '',
      evidence: [{ commentId: `hackernews:c${i}`, url: `https://news.ycombinator.com/item?id=${i}`, text: `copied comment number ${i % 50}`, time: 1_700_000_000_000 + i }],
      reasons: ['copypasta'],
      createdAt: 1_700_000_000_000 + i,
    }),
  );
}

export interface LoadResult {
  sent: number;
  acknowledged: string[];
  failed: number;
  latenciesMs: number[];
  elapsedMs: number;
}

function postOnce(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path: '/v1/reports', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Posts `reports` with `inFlight` concurrent requests until all are sent or `deadlineMs` passes. */
export async function runLoad(baseUrl: string, reports: SignedReport[], inFlight: number, deadlineMs: number): Promise<LoadResult> {
  const url = new URL(baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error('load runs on loopback only');
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  const bodies = reports.map((r) => JSON.stringify(r));
  const result: LoadResult = { sent: 0, acknowledged: [], failed: 0, latenciesMs: [], elapsedMs: 0 };
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < bodies.length && performance.now() - start < deadlineMs) {
      const i = next++;
      const t = performance.now();
      result.sent++;
      try {
        const status = await postOnce(agent, url, bodies[i] as string);
        result.latenciesMs.push(performance.now() - t);
        // Only 200/202 is an acknowledgement: the server answers after its batch committed.
        if (status === 200 || status === 202) result.acknowledged.push((reports[i] as SignedReport).id);
        else result.failed++;
      } catch {
        result.failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  result.elapsedMs = performance.now() - start;
  agent.destroy();
  return result;
}

/** Posts `reports` on openLoop's schedule at `ratePerSecond`; `acknowledgedIds` are report ids. */
export async function runOpenLoad(
  baseUrl: string,
  reports: SignedReport[],
  options: Omit<OpenLoopOptions, 'count'>,
): Promise<OpenLoopResult & { acknowledgedIds: string[] }> {
  const url = new URL(baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error('load runs on loopback only');
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxOutstanding });
  const bodies = reports.map((r) => JSON.stringify(r));
  const result = await openLoop(
    { ...options, count: bodies.length },
    {
      now: () => performance.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      send: async (i) => [200, 202].includes(await postOnce(agent, url, bodies[i] as string)),
    },
  );
  agent.destroy();
  return { ...result, acknowledgedIds: result.acknowledged.map((i) => (reports[i] as SignedReport).id) };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
