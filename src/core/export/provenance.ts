// The provenance line every export starts with: which Kuzet, when, over which time range,
// sites and pages, under which lists and signal weights, so a reader of the file can tell
// what produced each verdict and reproduce or discount it.
import type { ExportInput } from './exportInput.ts';
import { EXPORT_FORMAT_VERSION, type ProvenanceLine } from './ndjsonFormat.ts';

export function provenanceOf(input: ExportInput): ProvenanceLine {
  // The comments' own times where the page gave them, else when Kuzet first saw them.
  let from: number | null = null;
  let to: number | null = null;
  for (const c of input.comments) {
    const t = c.time ?? c.seenAt;
    if (from === null || t < from) from = t;
    if (to === null || t > to) to = t;
  }
  const urls = new Set([...input.threads.map((t) => t.url), ...input.comments.map((c) => c.threadUrl)]);
  const sites = new Set([...input.threads.map((t) => t.site), ...input.comments.map((c) => c.site)]);
  const { source, dataVersion, model, bias, weights, thresholds } = input.weights;
  return {
    kind: 'provenance',
    format: 'kuzet-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    extensionVersion: input.extensionVersion,
    exportedAt: input.exportedAt,
    timeRange: { from, to },
    sites: [...sites].sort(),
    pageUrls: [...urls].sort(),
    listVersions: input.listVersions.map(({ list, version }) => ({ list, version })),
    weights: { source, dataVersion, model, bias, weights: { ...weights }, thresholds: { ...thresholds } },
    scope: input.scope,
  };
}
