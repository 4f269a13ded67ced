// The CSV export: one row per comment with its author's verdict in that thread, written by
// csv-stringify (RFC 4180: CRLF rows, quotes doubled, fields with commas, quotes or line breaks
// quoted). CSV has no place for a header block, so the provenance rides in constant columns
// on every row: each row says which Kuzet, when, under which lists and weights produced it.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { CommentLine, ExportLine, ProvenanceLine, VerdictLine } from './ndjsonFormat.ts';

export const CSV_COLUMNS = [
  'comment_id', 'site', 'thread_url', 'comment_url', 'author_key', 'display_name', 'handle', 'profile_url',
  'time', 'reply_to', 'likes', 'text', 'account_joined_at', 'account_numeric_id', 'first_seen_by_kuzet',
  'author_level', 'author_score', 'author_reasons',
  'kuzet_version', 'exported_at', 'export_time_from', 'export_time_to', 'export_scope', 'list_versions', 'weights',
] as const;

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? '' : new Date(ms).toISOString());

export function toCsv(lines: readonly ExportLine[]): string {
  const provenance = lines.find((l): l is ProvenanceLine => l.kind === 'provenance');
  if (!provenance) throw new Error('export: no provenance line');
  const verdictOf = new Map<string, VerdictLine>();
  for (const l of lines) if (l.kind === 'verdict') verdictOf.set(`${l.threadUrl}\u0000${l.authorKey}`, l);
  const w = provenance.weights;
  const constant = [
    provenance.extensionVersion,
    iso(provenance.exportedAt),
    iso(provenance.timeRange.from),
    iso(provenance.timeRange.to),
    provenance.scope,
    provenance.listVersions.map((l) => `${l.list}@${l.version}`).join(' '),
    [`${w.source}${w.dataVersion ? ` (${w.dataVersion})` : ''}`, `bias=${w.bias}`,
      ...Object.entries(w.weights).map(([id, x]) => `${id}=${x}`),
      ...Object.entries(w.thresholds).map(([level, x]) => `${level}>=${x}`)].join('; '),
  ];
  const rows = lines
    .filter((l): l is CommentLine => l.kind === 'comment')
    .map((c) => {
      const verdict = verdictOf.get(`${c.threadUrl}\u0000${c.authorKey}`);
      return [
        c.id, c.site, c.threadUrl, c.url ?? '', c.authorKey, c.displayName, c.handle ?? '', c.profileUrl ?? '',
        iso(c.time), c.replyTo ?? '', c.likes ?? '', c.text, iso(c.account?.joinedAt), c.account?.numericId ?? '', iso(c.seenAt),
        verdict?.level ?? '', verdict ? verdict.score.toFixed(4) : '', verdict?.reasons.map((r) => r.id).join(' ') ?? '',
        ...constant,
      ];
    });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', eof: true });
}
