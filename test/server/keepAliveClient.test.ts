// The bench's keep-alive client against a tiny node:http server that answers in pieces (chunked
// writes, straight through or through a relay that cuts every answer into runs of 1-5 bytes:
// status lines, headers and chunk sizes split), and the load generator against the real server
// process: every request gets its own answer, connections are reused, and what the load counts
// as acknowledged is stored.
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, connect, type AddressInfo, type Server as TcpServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeepAlivePool, postBytes } from '../../src/server/bench/keepAliveClient.ts';
import { runLoad, runOpenLoad, signedReports } from '../../src/server/bench/load.ts';
import { discardTestServer, startTestServer, type TestServer } from './serverProcess.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const portOf = (server: Server | TcpServer) => (server.address() as AddressInfo).port;

/** Answers {status, mode, n} with that status: by length, in chunks, or closing the connection. */
function piecesServer(): { server: Server; sockets: Set<unknown> } {
  const sockets = new Set<unknown>();
  const server = createServer((req, res) => {
    sockets.add(req.socket);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', async () => {
      const { status, mode, n } = JSON.parse(body) as { status: number; mode: string; n: number };
      const answer = JSON.stringify({ n, padding: 'x'.repeat(n % 300) });
      if (mode === 'length') {
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) }).end(answer);
      } else if (mode === 'close') {
        res.writeHead(status, { connection: 'close', 'content-length': Buffer.byteLength(answer) }).end(answer);
      } else {
        res.writeHead(status, { 'content-type': 'application/json' });
        for (let at = 0; at < answer.length; at += 7) {
          res.write(answer.slice(at, at + 7));
          await pause(0);
        }
        res.end();
      }
    });
  });
  return { server, sockets };
}

/** Relays client bytes as they are and server bytes in runs of 1-5 bytes, a pause between runs. */
function cuttingRelay(targetPort: number): TcpServer {
  return createTcpServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    client.pipe(upstream);
    let queue = Promise.resolve();
    upstream.on('data', (chunk: Buffer) => {
      queue = queue.then(async () => {
        for (let at = 0, n = 1; at < chunk.length; at += n, n = (n % 5) + 1) {
          client.write(chunk.subarray(at, at + n));
          await new Promise((resolve) => setImmediate(resolve));
        }
      });
    });
    upstream.on('end', () => void queue.then(() => client.end()));
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
  });
}

const listen = async <S extends Server | TcpServer>(server: S): Promise<S> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
};

describe('keep-alive client', () => {
  const { server, sockets } = piecesServer();
  let relay: TcpServer;
  beforeAll(async () => {
    await listen(server);
    relay = await listen(cuttingRelay(portOf(server)));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => relay.close(resolve));
    await new Promise((resolve) => server.close(resolve));
  });

  const requests = (count: number) =>
    Array.from({ length: count }, (_, n) => ({ n, status: [202, 200, 429, 400][n % 4] as number, mode: n % 10 === 9 ? 'close' : ['length', 'chunked'][n % 2] as string }));

  it.each([
    ['straight', () => portOf(server)],
    ['cut into 1-5 byte runs', () => portOf(relay)],
  ])('gives each request its own answer, %s, and reuses connections', async (_, port) => {
    sockets.clear();
    const pool = new KeepAlivePool(port(), 4);
    const asked = requests(200);
    const statuses: number[] = new Array(asked.length);
    let next = 0;
    // Four requests at a time, as the closed loop sends them.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < asked.length) {
          const r = asked[next++] as (typeof asked)[number];
          statuses[r.n] = (await pool.send(postBytes(port(), '/', JSON.stringify(r)))).status;
        }
      }),
    );
    pool.close();
    expect(statuses).toEqual(asked.map((r) => r.status));
    // 20 answers closed their connection; the other 180 rode on the open ones.
    expect(sockets.size).toBeLessThanOrEqual(4 + 20);
  }, 60_000);

  it('fails a request whose connection breaks, and sends the next on a fresh one', async () => {
    const breaking = await listen(createTcpServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 202 Accepted\r\nContent-Length: 10\r\n\r\n{"st'))));
    const pool = new KeepAlivePool(portOf(breaking), 1);
    await expect(pool.send(postBytes(portOf(breaking), '/', '{}'))).rejects.toThrow('closed');
    await expect(pool.send(postBytes(portOf(breaking), '/', '{}'))).rejects.toThrow('closed');
    pool.close();
    await new Promise((resolve) => breaking.close(resolve));
  });
});

describe('load generator against the real server process', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite', { KUZET_RATE_PER_HOUR: '1000000000', KUZET_RATE_BURST: '1000000' });
  }, 120_000);
  afterAll(() => discardTestServer(server), 60_000);

  const stored = async (ids: string[]) => {
    const statuses = await Promise.all(ids.map((id) => fetch(`${server.url}/v1/reports/${id}/status`).then((r) => r.status)));
    return statuses.filter((s) => s === 200).length;
  };

  it('closed loop: every report acknowledged, after commit, and one more send of the same reports is a duplicate', async () => {
    const reports = signedReports(300, 20, `load-closed-${Date.now()}`);
    const result = await runLoad(server.url, reports, 16, 60_000);
    expect(result).toMatchObject({ sent: 300, failed: 0 });
    expect(result.latenciesMs).toHaveLength(300);
    expect(new Set(result.acknowledged)).toEqual(new Set(reports.map((r) => r.id)));
    expect(await stored(result.acknowledged)).toBe(300);
    // A retry of the same signed body is answered as the same report, not refused.
    const again = await runLoad(server.url, reports.slice(0, 20), 4, 60_000);
    expect(again.acknowledged).toHaveLength(20);
  }, 120_000);

  it('open loop: every scheduled report acknowledged and stored; refusals counted by their reason', async () => {
    const tag = `load-open-${Date.now()}`;
    const reports = signedReports(200, 20, tag);
    const options = { ratePerSecond: 200, maxOutstanding: 64, graceMs: 30_000 };
    const result = await runOpenLoad(server.url, reports, options);
    expect(result.failed).toBe(0);
    expect(result.failures).toEqual({});
    expect(result.acknowledgedIds.sort()).toEqual(reports.map((r) => r.id).sort());
    expect(await stored(result.acknowledgedIds)).toBe(200);
    // The same ids signed by other keys are other reports: each refused with 409, and said so.
    const clashing = await runOpenLoad(server.url, signedReports(5, 2, tag), options);
    expect(clashing.failed).toBe(5);
    expect(clashing.failures).toEqual({ 'HTTP 409': 5 });
  }, 120_000);
});
