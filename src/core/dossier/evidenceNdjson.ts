// evidence.ndjson: the dossier's records in the researcher export format (contract C6), so the
// dossier CLI and any C6 reader can load it again. Holds only what the privacy guard selected;
// the provenance names only the pages in the dossier. C6 edges carry same-text and
// co-occurrence ties; photo and burst ties are in the report, where they are explained.
import * as v from 'valibot';
import { type ExportLine, exportLineSchema, formatNdjson } from '../export/ndjsonFormat.ts';
import type { DossierSelection } from './selection.ts';

export function evidenceNdjson(selection: DossierSelection): string {
  const pages = new Set(selection.comments.map((c) => c.threadUrl));
  const p = selection.provenance;
  const provenance: ExportLine[] = p
    ? [{ ...p, pageUrls: p.pageUrls.filter((u) => pages.has(u)), sites: [...new Set(selection.comments.map((c) => c.site))].sort() }]
    : [];
  const edges: ExportLine[] = selection.edges.flatMap((e) =>
    e.type === 'sameText' || e.type === 'coOccurrence'
      ? [{ kind: 'edge' as const, a: e.a, b: e.b, type: e.type, weight: e.count, evidence: { commentIds: e.evidence.commentIds } }]
      : [],
  );
  const lines: ExportLine[] = [
    ...provenance,
    ...selection.threads,
    ...[...selection.accounts].sort((a, b) => (a.key < b.key ? -1 : 1)),
    ...[...selection.comments].sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1)),
    ...selection.verdicts,
    ...edges,
  ];
  // A dossier that C6 readers refuse would be worse than none: check every line on the way out.
  return formatNdjson(lines.map((line) => v.parse(exportLineSchema, line)));
}
