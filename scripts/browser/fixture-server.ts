// Serves saved pages from 127.0.0.1, each under the real URL it was saved from.
// The browser never talks to it directly: route-real-urls.ts forwards intercepted requests
// for https://<host>/<path>?<query> to http://127.0.0.1:<port>/<host>/<path>?<query>.
// Anything not registered answers 404, like a missing file would, so nothing leaks outside.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  origin: string;
  /** The local URL that stands for a real URL. */
  localUrl(realUrl: string): string;
  close(): Promise<void>;
}

/** The key both sides agree on: host + path + query of the real URL (the fragment never travels). */
export function pageKey(realUrl: string): string {
  const u = new URL(realUrl);
  return `/${u.host}${u.pathname}${u.search}`;
}

/** pages: real URL → HTML body. */
export async function startFixtureServer(pages: Record<string, string>): Promise<FixtureServer> {
  const bodies = new Map(Object.entries(pages).map(([url, html]) => [pageKey(url), html]));
  const server = createServer((req, res) => {
    const body = req.method === 'GET' || req.method === 'HEAD' ? bodies.get(req.url ?? '') : undefined;
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not in the saved pages\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    localUrl: (realUrl) => origin + pageKey(realUrl),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
