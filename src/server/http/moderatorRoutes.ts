// The moderator API (bearer moderator keys) and the public appeal endpoint.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { auditNdjson, readAudit } from '../audit/log.ts';
import { answerAppeal, appealAnswerSchema, appealRequestSchema, fileAppeal } from '../moderation/appeals.ts';
import { applyDecision, decisionRequestSchema } from '../moderation/decisions.ts';
import { protectRequestSchema, setProtected } from '../moderation/protectedAccounts.ts';
import { moderationQueue, openAppeals } from '../moderation/queue.ts';
import { vouch, vouchRequestSchema } from '../moderation/vouch.ts';
import type { AppContext } from './context.ts';
import { HttpError, parseOr400, readJson, sendJson } from './io.ts';

const SMALL_BODY = 16 * 1024;

export async function postAppeal(ctx: AppContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const wait = ctx.appealLimit.take(req.socket.remoteAddress ?? 'unknown', ctx.now());
  if (wait > 0) throw new HttpError(429, 'too many appeals', { 'retry-after': String(wait) });
  const appeal = parseOr400(appealRequestSchema, await readJson(req, SMALL_BODY));
  sendJson(res, 201, { id: await fileAppeal(ctx.db, appeal, ctx.now()) });
}

/** Routes under /v1/mod/; returns false when the path is not one of them. */
export async function moderatorRoute(ctx: AppContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  if (!path.startsWith('/v1/mod/')) return false;
  const moderator = ctx.moderator(req.headers.authorization);
  if (!moderator) throw new HttpError(401, 'moderator key required', { 'www-authenticate': 'Bearer' });
  const route = `${req.method} ${path}`;
  const appealId = /^\/v1\/mod\/appeals\/([0-9a-f-]{36})$/.exec(path)?.[1];
  if (route === 'GET /v1/mod/queue') {
    // Bring the queue up to date first (bounded: a flood of reports must not stall the page).
    for (let round = 0; round < 40 && (await ctx.triage(true)) > 0; round++);
    sendJson(res, 200, { moderator, items: await moderationQueue(ctx.db, ctx.config.rules) });
  } else if (route === 'POST /v1/mod/decisions') {
    const request = parseOr400(decisionRequestSchema, await readJson(req, SMALL_BODY));
    const outcome = await applyDecision(ctx.db, request, moderator, ctx.now());
    if (outcome === 'not-found') throw new HttpError(404, 'no such target');
    if (outcome === 'not-in-queue') throw new HttpError(409, 'target is not in the moderation queue');
    sendJson(res, 200, { ok: true });
  } else if (route === 'POST /v1/mod/protected') {
    await setProtected(ctx.db, parseOr400(protectRequestSchema, await readJson(req, SMALL_BODY)), moderator, ctx.now());
    sendJson(res, 200, { ok: true });
  } else if (route === 'POST /v1/mod/vouch') {
    await vouch(ctx.db, parseOr400(vouchRequestSchema, await readJson(req, SMALL_BODY)), moderator, ctx.now());
    sendJson(res, 200, { ok: true });
  } else if (route === 'GET /v1/mod/appeals') {
    sendJson(res, 200, { items: await openAppeals(ctx.db) });
  } else if (req.method === 'POST' && appealId) {
    const answer = parseOr400(appealAnswerSchema, await readJson(req, SMALL_BODY));
    if ((await answerAppeal(ctx.db, appealId, answer, moderator, ctx.now())) === 'not-found') throw new HttpError(404, 'no open appeal with this id');
    sendJson(res, 200, { ok: true });
  } else if (route === 'GET /v1/mod/audit.ndjson') {
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
    res.end(auditNdjson(await readAudit(ctx.db)));
  } else if (route === 'POST /v1/mod/publish') {
    const meta = await ctx.publish();
    sendJson(res, 200, { version: meta.version, entryCount: meta.entryCount });
  } else {
    throw new HttpError(404, 'no such moderator route');
  }
  return true;
}
