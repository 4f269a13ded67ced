// What leaves the device when a report is sent: the C5 report body (the author key, the
// category, the note, at most 20 comments as evidence, the signal ids Kuzet raised) signed with
// the install key. The report id is the idempotency key: resending it never makes a second report.
import type { ReportBody, SignedReport } from '../../core/lists/format.ts';
import { signReport } from '../../core/lists/signing.ts';
import { SIGNAL_IDS, type Report } from '../../core/model.ts';
import type { InstallKey } from '../installKey.ts';

export function reportBodyOf(report: Report, reporterKey: string): ReportBody {
  return {
    v: 1,
    id: report.id,
    authorKey: report.authorKey,
    displayName: report.displayName,
    category: report.category,
    note: report.note,
    evidence: report.evidence.slice(0, 20).map((e) => ({
      commentId: e.commentId,
      url: e.url,
      text: e.text,
      ...(e.time === undefined ? {} : { time: Math.max(0, Math.round(e.time)) }),
    })),
    reasons: [...new Set(report.reasons.map((r) => r.id))].filter((id) => SIGNAL_IDS.includes(id)),
    createdAt: Math.round(report.createdAt),
    reporterKey,
  };
}

export async function signedReportOf(report: Report, key: InstallKey): Promise<SignedReport> {
  return signReport(reportBodyOf(report, key.publicKey), key.sign);
}
