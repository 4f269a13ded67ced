// Public report API (contract C5): POST /v1/reports, GET /v1/reports/:id/status.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { reportIdSchema } from '../../core/lists/format.ts';
import * as v from 'valibot';
import type { AppContext } from './context.ts';
import { HttpError, readText, sendJson } from './io.ts';

export async function postReport(ctx: AppContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = await readText(req, 512 * 1024);
  const now = ctx.now();
  // Parse, schema, signature and hashes run in an intake worker (reports/intakeCheck.ts).
  const report = await ctx.intake.check(raw, now);
  if (!report.ok) throw new HttpError(report.status, report.message);
  // After the signature: nobody can spend another key's allowance with forged reports.
  const wait = ctx.reportLimit.take(report.reporterKey, now);
  if (wait > 0) throw new HttpError(429, 'too many reports from this key', { 'retry-after': String(wait) });
  const outcome = await ctx.store.add(report, now, ctx.reportLimit.bucket(report.reporterKey));
  if (outcome.kind === 'conflict') throw new HttpError(409, 'a different report already has this id');
  sendJson(res, outcome.kind === 'stored' ? 202 : 200, { id: report.id, status: outcome.status });
}

export async function getReportStatus(ctx: AppContext, id: string, res: ServerResponse): Promise<void> {
  if (!v.is(reportIdSchema, id)) throw new HttpError(400, 'bad report id');
  const { rows } = await ctx.db.query<{ status: string }>('select status from reports where id = $1', [id]);
  const row = rows[0];
  if (!row) throw new HttpError(404, 'no such report');
  sendJson(res, 200, { id, status: row.status });
}
