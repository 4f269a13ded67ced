// The HTTP server: routes requests to the report, moderator, list and page handlers and turns
// thrown HttpErrors into JSON answers. Listens on 127.0.0.1 only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AppContext } from './context.ts';
import { HttpError, sendJson } from './io.ts';
import { moderatorRoute, postAppeal } from './moderatorRoutes.ts';
import { getReportStatus, postReport } from './reportRoutes.ts';
import { servePage, serveListFile } from './staticRoutes.ts';

// The extension posts from its own origin, the appeal page may be hosted elsewhere: the public
// API carries no cookies or credentials, so any origin may call it.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization',
};

async function route(ctx: AppContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  const statusId = /^\/v1\/reports\/([^/]+)\/status$/.exec(path)?.[1];
  if (req.method === 'POST' && path === '/v1/reports') return postReport(ctx, req, res);
  if (req.method === 'GET' && statusId) return getReportStatus(ctx, decodeURIComponent(statusId), res);
  if (req.method === 'POST' && path === '/v1/appeals') return postAppeal(ctx, req, res);
  if (req.method === 'GET' && path === '/healthz') return sendJson(res, 200, { ok: true, db: ctx.db.kind });
  if (await moderatorRoute(ctx, req, res, path)) return;
  if (req.method === 'GET' && path.startsWith('/lists/')) return serveListFile(ctx, path.slice('/lists/'.length), res);
  if (req.method === 'GET' && (await servePage(path, res))) return;
  throw new HttpError(404, 'not found');
}

export function createApp(ctx: AppContext): Server {
  return createServer((req, res) => {
    route(ctx, req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message }, error.headers);
      console.error('kuzet server:', error);
      sendJson(res, 500, { error: 'internal error' });
    });
  });
}
