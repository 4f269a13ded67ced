// Loopback load for bench:server and the kill -9 test: pre-signed reports from many keys,
// posted with a fixed number of requests in flight (closed loop: saturation) until a count or a
// deadline is reached, or on a fixed arrival schedule (open loop, openLoop.ts: latency at a rate),
// over keep-alive connections of keepAliveClient.ts (lean: the generator shares the server's cores).
import type { SignedReport } from '../../core/lists/format.ts';
import { nodeKeyPair } from '../reports/nodeSigner.ts';
import { KeepAlivePool, postBytes } from './keepAliveClient.ts';
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

/** Each report as the bytes of its POST, serialised before the clock starts. */
const requests = (url: URL, reports: SignedReport[]) => reports.map((r) => postBytes(Number(url.port), '/v1/reports', JSON.stringify(r)));
// Only 200/202 is an acknowledgement: the server answers after its batch committed.
const acknowledges = (status: number) => status === 200 || status === 202;

function loopbackUrl(baseUrl: string): URL {
  const url = new URL(baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error('load runs on loopback only');
  return url;
}

/**
 * Posts `reports` with `inFlight` concurrent requests until all are sent or `deadlineMs` passes.
 * `onAcknowledged` hears the running count (the kill -9 test kills the server mid-load by it).
 */
export async function runLoad(baseUrl: string, reports: SignedReport[], inFlight: number, deadlineMs: number, onAcknowledged?: (count: number) => void): Promise<LoadResult> {
  const url = loopbackUrl(baseUrl);
  const pool = new KeepAlivePool(Number(url.port), inFlight);
  const bodies = requests(url, reports);
  const result: LoadResult = { sent: 0, acknowledged: [], failed: 0, latenciesMs: [], elapsedMs: 0 };
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < bodies.length && performance.now() - start < deadlineMs) {
      const i = next++;
      const t = performance.now();
      result.sent++;
      try {
        const { status } = await pool.send(bodies[i] as Buffer);
        result.latenciesMs.push(performance.now() - t);
        if (acknowledges(status)) {
          // Pushed first: an optional call with `?.` would skip evaluating its argument too.
          const count = result.acknowledged.push((reports[i] as SignedReport).id);
          onAcknowledged?.(count);
        } else result.failed++;
      } catch {
        result.failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  result.elapsedMs = performance.now() - start;
  pool.close();
  return result;
}

interface OpenLoadExtras {
  /** Report ids of the acknowledged requests. */
  acknowledgedIds: string[];
  /** Why requests were not acknowledged: an HTTP status or a connection error, with counts. */
  failures: Record<string, number>;
}

/** An open loop's requests, serialised before any clock starts. */
export interface PreparedLoad {
  reports: SignedReport[];
  bodies: Buffer[];
}

/**
 * Keep-alive connections for open loops run one after another: a warm-up loop opens the
 * connections the timed one then reuses (a cold pool opens ~100 sockets in its first second,
 * and that second is then a connection-setup figure, not the server's steady state).
 */
export function openLoadSession(baseUrl: string, maxOutstanding: number) {
  const url = loopbackUrl(baseUrl);
  const pool = new KeepAlivePool(Number(url.port), maxOutstanding);
  return {
    /**
     * Serialises the requests ahead of the run: 20,000 of them block the generator ~300 ms and
     * leave garbage its collector then reclaims, which inside the timed loop would be counted as
     * the server's latency (bench:server prepares, collects, warms up, then times).
     */
    prepare: (reports: SignedReport[]): PreparedLoad => ({ reports, bodies: requests(url, reports) }),
    /** Posts the load on openLoop's schedule at `ratePerSecond`; `acknowledgedIds` are report ids. */
    async run({ reports, bodies }: PreparedLoad, options: Omit<OpenLoopOptions, 'count' | 'maxOutstanding'>): Promise<OpenLoopResult & OpenLoadExtras> {
      const failures: Record<string, number> = {};
      const failed = (reason: string) => (failures[reason] = (failures[reason] ?? 0) + 1);
      const result = await openLoop(
        { ...options, maxOutstanding, count: bodies.length },
        {
          now: () => performance.now(),
          sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
          send: async (i) => {
            try {
              const { status } = await pool.send(bodies[i] as Buffer);
              const acknowledged = acknowledges(status);
              if (!acknowledged) failed(`HTTP ${status}`);
              return acknowledged;
            } catch (error) {
              failed(error instanceof Error ? error.message : String(error));
              return false;
            }
          },
        },
      );
      return { ...result, failures, acknowledgedIds: result.acknowledged.map((i) => (reports[i] as SignedReport).id) };
    },
    close: () => pool.close(),
  };
}

/** One open loop on fresh connections. */
export async function runOpenLoad(baseUrl: string, reports: SignedReport[], options: Omit<OpenLoopOptions, 'count'>): Promise<OpenLoopResult & OpenLoadExtras> {
  const session = openLoadSession(baseUrl, options.maxOutstanding);
  try {
    return await session.run(session.prepare(reports), options);
  } finally {
    session.close();
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
