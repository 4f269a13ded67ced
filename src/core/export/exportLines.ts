// Turns an export's records into the NDJSON lines of contract C6, in a stable order (provenance,
// threads, authors, comments, verdicts, edges; each sorted), so the same data always gives the
// same file and two exports can be diffed. CSV and GraphML are written from these lines.
import * as v from 'valibot';
import { authorEdges } from './authorEdges.ts';
import type { ExportInput } from './exportInput.ts';
import { type AuthorLine, type CommentLine, type ExportLine, exportLineSchema, type ThreadLine, type VerdictLine } from './ndjsonFormat.ts';
import { provenanceOf } from './provenance.ts';

export function exportLines(input: ExportInput): ExportLine[] {
  const threads: ThreadLine[] = [...input.threads]
    .sort((p, q) => cmp(p.url, q.url))
    .map((t) => ({ kind: 'thread', ...t }));
  const authors: AuthorLine[] = [...input.authors]
    .sort((p, q) => cmp(p.key, q.key))
    .map((a) => ({ kind: 'author', ...a, names: [...a.names] }));
  const comments: CommentLine[] = [...input.comments]
    .sort((p, q) => p.seq - q.seq || cmp(p.id, q.id))
    .map((c) => ({ kind: 'comment', ...c }));
  const verdicts: VerdictLine[] = [...input.verdicts]
    .sort((p, q) => cmp(p.threadUrl, q.threadUrl) || q.score - p.score || cmp(p.authorKey, q.authorKey))
    .map((v) => ({ kind: 'verdict', ...v }));
  const flagged = new Set(input.verdicts.filter((v) => v.level !== 'none').map((v) => v.authorKey));
  const lines = [provenanceOf(input), ...threads, ...authors, ...comments, ...verdicts, ...authorEdges(input.comments, flagged)];
  // Stored rows may carry fields of their own (indexes, caches): the schema keeps only C6's
  // fields, and a record that breaks C6 stops the export instead of making a file readers refuse.
  return lines.map((line) => v.parse(exportLineSchema, line));
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
