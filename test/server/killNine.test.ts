// A kill -9 of the server under load loses no report it acknowledged: every id answered with
// 200/202 before the kill is there after a restart on the same store.
import { afterAll, describe, expect, it } from 'vitest';
import { runLoad, signedReports } from '../../src/server/bench/load.ts';
import { BACKENDS, discardTestServer, startTestServer, type TestServer } from './serverProcess.ts';

describe.each(BACKENDS)('kill -9 on %s', (backend) => {
  const started: TestServer[] = [];
  afterAll(async () => {
    // Both processes share one data dir: stop both before removing it.
    for (const s of started) await discardTestServer(s);
  }, 60_000);

  it('keeps every acknowledged report', async () => {
    const unlimited = { KUZET_RATE_PER_HOUR: '1000000000', KUZET_RATE_BURST: '1000000' };
    const first = await startTestServer(backend, unlimited);
    started.push(first);
    const reports = signedReports(20_000, 200, `kill-${backend}-${Date.now()}`);
    // Killed once 2,000 are acknowledged, with 32 in flight and 18,000 still to send, however fast
    // the machine is (a kill after a fixed 2.5 s came after all of 10,000 on a faster one).
    const result = await runLoad(first.url, reports, 32, 60_000, (acknowledged) => {
      if (acknowledged === 2_000) first.child.kill('SIGKILL');
    });
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(2_000);
    // Requests were still going when it died: the kill really happened under load.
    expect(result.failed).toBeGreaterThan(0);
    console.log(`kill -9 on ${backend}: ${result.acknowledged.length} acknowledged before the kill, ${result.failed} refused or cut`);

    const second = await startTestServer(backend, {}, first);
    started.push(second);
    const missing: string[] = [];
    for (let i = 0; i < result.acknowledged.length; i += 50) {
      const ids = result.acknowledged.slice(i, i + 50);
      const statuses = await Promise.all(ids.map((id) => fetch(`${second.url}/v1/reports/${id}/status`).then((r) => r.status)));
      ids.forEach((id, j) => statuses[j] !== 200 && missing.push(id));
    }
    expect(missing).toEqual([]);
  }, 400_000);
});
