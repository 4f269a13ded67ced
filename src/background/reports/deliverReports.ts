// The report queue's delivery (issue 7 item 8): every report that is due is signed and POSTed
// to the report server, or its status is polled once it was sent. All state lives in the queue
// rows (status, attempts, nextAttemptAt), so a worker killed mid-way resumes at the next alarm;
// resending after a lost answer is harmless because the server keeps one report per id.
import * as v from 'valibot';
import { reportAcceptedSchema, type ServerReportStatus } from '../../core/lists/format.ts';
import type { ReportStatus } from '../../core/model.ts';
import type { KuzetDb, QueuedReport } from '../db.ts';
import type { InstallKey } from '../installKey.ts';
import { type FetchLike, fileUrl, listUrlAllowed } from '../lists/fetchBytes.ts';
import { readReportServer } from '../lists/listConfig.ts';
import { signedReportOf } from './reportBody.ts';
import { MAX_DELAY_MS, pollDelay, retryDelay } from './retryDelay.ts';

export interface DeliveryDeps {
  db: KuzetDb;
  fetch: FetchLike;
  now: () => number;
  random: () => number;
  installKey: () => Promise<InstallKey>;
  /** Whether reports may leave now (Firefox's data consent, reports/dataConsent.ts); absent = always. */
  maySend?: () => Promise<boolean>;
}

const OPEN: readonly ReportStatus[] = ['queued', 'sent', 'moderation'];
const fromServer = (status: ServerReportStatus): ReportStatus => (status === 'queued' ? 'sent' : status);

/** Sends or polls every due report once; answers how many changed status. */
export async function deliverDueReports(deps: DeliveryDeps): Promise<number> {
  const server = await readReportServer(deps.db);
  if (!server || !listUrlAllowed(server)) return 0;
  const now = deps.now();
  // Without consent a queued report stays queued as it is; reports already sent are still polled.
  const mayBeSent = (await deps.maySend?.()) ?? true;
  const due = (await deps.db.reportQueue.where('status').anyOf([...OPEN]).toArray())
    .filter((r) => (r.nextAttemptAt ?? 0) <= now && (mayBeSent || r.status !== 'queued'));
  let changed = 0;
  for (const report of due.sort((a, b) => a.createdAt - b.createdAt)) {
    const next = report.status === 'queued' ? await send(deps, server, report) : await poll(deps, report.server ?? server, report);
    if (next.status !== report.status) changed++;
    await deps.db.reportQueue.put(next);
  }
  return changed;
}

function failed(deps: DeliveryDeps, report: QueuedReport, error: string, retryAfterMs?: number): QueuedReport {
  const attempts = (report.attempts ?? 0) + 1;
  return { ...report, attempts, lastError: error.slice(0, 500), nextAttemptAt: deps.now() + retryDelay(attempts, deps.random(), retryAfterMs) };
}

function settled(report: QueuedReport, status: ReportStatus, polls: number, now: number): QueuedReport {
  const { lastError: _e, nextAttemptAt: _n, ...rest } = report;
  // Accepted and rejected are final: nothing more to ask.
  return OPEN.includes(status) ? { ...rest, status, attempts: polls, nextAttemptAt: now + pollDelay(polls) } : { ...rest, status, attempts: polls };
}

async function send(deps: DeliveryDeps, server: string, report: QueuedReport): Promise<QueuedReport> {
  try {
    const body = JSON.stringify(await signedReportOf(report, await deps.installKey()));
    const response = await deps.fetch(fileUrl(server, 'v1/reports'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      credentials: 'omit',
      cache: 'no-store',
    });
    if (response.status === 429) return failed(deps, report, 'rate limited', Number(response.headers.get('retry-after') ?? '60') * 1000);
    if (response.status === 400 || response.status === 401 || response.status === 409 || response.status === 413) {
      // The server will answer the same to the same bytes: try again only much later (an update may fix it).
      return { ...failed(deps, report, `refused by the server (HTTP ${response.status})`), nextAttemptAt: deps.now() + MAX_DELAY_MS };
    }
    if (!response.ok) return failed(deps, report, `HTTP ${response.status}`);
    const answer = v.safeParse(reportAcceptedSchema, await response.json());
    if (!answer.success || answer.output.id !== report.id) return failed(deps, report, 'unexpected answer from the server');
    return { ...settled(report, fromServer(answer.output.status), 0, deps.now()), server };
  } catch (error) {
    return failed(deps, report, error instanceof Error ? error.message : String(error));
  }
}

async function poll(deps: DeliveryDeps, server: string, report: QueuedReport): Promise<QueuedReport> {
  try {
    const response = await deps.fetch(fileUrl(server, `v1/reports/${encodeURIComponent(report.id)}/status`), { credentials: 'omit', cache: 'no-store' });
    if (response.status === 404) {
      // The server does not know it (lost, or another server): send it again.
      const { server: _s, ...rest } = report;
      return { ...rest, status: 'queued', nextAttemptAt: deps.now() };
    }
    if (!response.ok) return { ...failed(deps, report, `HTTP ${response.status}`), status: report.status };
    const answer = v.safeParse(reportAcceptedSchema, await response.json());
    if (!answer.success || answer.output.id !== report.id) return failed(deps, report, 'unexpected answer from the server');
    return settled(report, fromServer(answer.output.status), (report.attempts ?? 0) + 1, deps.now());
  } catch (error) {
    return failed(deps, report, error instanceof Error ? error.message : String(error));
  }
}
