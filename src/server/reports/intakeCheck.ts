// Everything a report costs before it reaches the store, as one function of the raw request
// body: JSON parse, the schema, the signature, the idempotency hash, the target's key hash and
// the row the batch statement inserts. It runs in the intake worker (intakeWorker.ts) so this
// CPU work happens beside the HTTP and database work of the main thread, not in front of it.
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { canonicalJson, signedReportSchema } from '../../core/lists/format.ts';
import { signatureValid } from './verifySignature.ts';

const DAY = 86_400_000;
// PostgreSQL text cannot hold U+0000 and its JSON parser refuses a lone surrogate: such a report
// could never be stored, and in a batch it would fail every report beside it. JSON.stringify
// writes exactly these as \u escapes (an odd run of backslashes before the u; an even run is an
// escaped backslash followed by plain text).
const UNSTORABLE = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

export type IntakeResult =
  | { ok: true; id: string; reporterKey: string; hash: string; row: string }
  | { ok: false; status: 400 | 401; message: string };

/** `now` is the server's clock when the request arrived (a report may not come from the future). */
export function checkReport(raw: string, now: number): IntakeResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, status: 400, message: 'body is not JSON' };
  }
  const parsed = v.safeParse(signedReportSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, status: 400, message: `invalid: ${v.getDotPath(issue) ?? 'body'}: ${issue.message}` };
  }
  const report = parsed.output;
  if (report.createdAt > now + DAY) return { ok: false, status: 400, message: 'createdAt is in the future' };
  if (!signatureValid(report)) return { ok: false, status: 401, message: 'signature does not verify' };
  const hash = createHash('sha256').update(canonicalJson(report)).digest('hex');
  // The same value as core's keyHash (sha256 of the author key), synchronously.
  const keyHash = createHash('sha256').update(report.authorKey, 'utf8').digest('hex');
  // The batch statement's row, serialised here; the store appends the time it was received.
  const row = JSON.stringify({ id: report.id, rk: report.reporterKey, ak: report.authorKey, kh: keyHash, dn: report.displayName, cat: report.category, body: report, sha: hash, ca: report.createdAt });
  if (UNSTORABLE.test(row)) return { ok: false, status: 400, message: 'text holds U+0000 or a lone surrogate' };
  return { ok: true, id: report.id, reporterKey: report.reporterKey, hash, row };
}
