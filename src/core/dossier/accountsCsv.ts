// accounts.csv: one row per account in the shape investigation teams hand to a platform
// (platform, profile URL, account id, display names seen, first and last seen, cluster,
// reasons), written by csv-stringify (RFC 4180). Cells a spreadsheet would run as a formula
// (=, +, -, @ at the start, as a troll may name itself) get a leading apostrophe (OWASP advice).
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { VerdictLine } from '../export/ndjsonFormat.ts';
import type { Words } from './catalog.ts';
import type { DossierSelection } from './selection.ts';

export const ACCOUNT_COLUMNS = [
  'platform', 'profile_url', 'account_id', 'display_names_seen', 'first_seen', 'last_seen',
  'cluster', 'level', 'score', 'signals', 'reasons',
] as const;

export const isoTime = (ms: number) => new Date(ms).toISOString();
const safeCell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function accountsCsv(selection: DossierSelection, words: Words): string {
  const strongest = new Map<string, VerdictLine>();
  for (const v of selection.verdicts) {
    const known = strongest.get(v.authorKey);
    if (!known || v.score > known.score) strongest.set(v.authorKey, v);
  }
  const rows = selection.accounts.map((a) => {
    const verdict = strongest.get(a.key);
    const reasons = verdict?.reasons ?? [];
    return [
      a.site,
      a.profileUrl ?? '',
      a.key.startsWith(`${a.site}:`) ? a.key.slice(a.site.length + 1) : a.key,
      safeCell([...new Set([a.displayName, ...a.names])].join(' | ')),
      isoTime(a.firstSeen),
      isoTime(a.lastSeen),
      selection.clusterOf.get(a.key) ?? '',
      verdict?.level ?? '',
      verdict === undefined ? '' : String(Math.round(verdict.score * 100)),
      reasons.map((r) => r.id).join(' '),
      safeCell(reasons.map((r) => words.sentence(r.sentence)).join(' | ')),
    ];
  });
  return stringify([[...ACCOUNT_COLUMNS], ...rows], { record_delimiter: 'windows' });
}
