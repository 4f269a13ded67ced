// A researcher export (contract C6 lines) made from real data: IRA troll tweets that several
// accounts posted verbatim, in one thread with ordinary Russian tweets (../shared/data), scored
// by Kuzet's own scorer. The dossier tests and the CLI tests read this; nothing is hand-labelled.
import { type ExportLine, EXPORT_FORMAT_VERSION } from '../../../../src/core/export/ndjsonFormat.ts';
import { DEFAULT_WEIGHTS } from '../../../../src/core/heuristics/weights.ts';
import { scoreThread } from '../../../../src/core/heuristics/scoreThread.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { iraFoldedCopies, ordinaryComment, ordinaryRuTweets } from '../heuristics/realData.ts';

export const THREAD = 'https://x.com/search?q=%D0%A3%D0%BA%D1%80%D0%B0%D0%B8%D0%BD%D0%B0';
export const NEEDLE = 'Украина умирает без злорадства';
export const EXPORTED_AT = Date.UTC(2024, 0, 2, 3, 4, 5);

/** The IRA copies of NEEDLE and `ordinary` real ordinary tweets, all as comments of THREAD. */
export function realThread(ordinary = 40): StoredComment[] {
  return [...iraFoldedCopies(NEEDLE, THREAD), ...ordinaryRuTweets().slice(0, ordinary).map((r) => ordinaryComment(r, THREAD))];
}

export function realExport(comments: StoredComment[] = realThread()): ExportLine[] {
  const verdicts = scoreThread(comments, new Set(), EXPORTED_AT);
  const times = comments.map((c) => c.time ?? c.seenAt);
  const authors = new Map<string, ExportLine>();
  for (const c of comments) {
    if (authors.has(c.authorKey)) continue;
    const own = comments.filter((o) => o.authorKey === c.authorKey).map((o) => o.seenAt);
    authors.set(c.authorKey, { kind: 'author', key: c.authorKey, site: c.site, displayName: c.displayName, names: [c.displayName], firstSeen: Math.min(...own), lastSeen: Math.max(...own) });
  }
  const { source, dataVersion, model, bias, weights, thresholds } = DEFAULT_WEIGHTS;
  return [
    {
      kind: 'provenance', format: 'kuzet-export', formatVersion: EXPORT_FORMAT_VERSION, extensionVersion: '0.1.0', exportedAt: EXPORTED_AT,
      timeRange: { from: Math.min(...times), to: Math.max(...times) }, sites: ['x'], pageUrls: [THREAD], listVersions: [],
      weights: { source, dataVersion, model, bias, weights: { ...weights }, thresholds: { ...thresholds } }, scope: 'all',
    },
    { kind: 'thread', url: THREAD, site: 'x', title: 'IRA copies on X', firstSeen: Math.min(...times), lastSeen: Math.max(...times) },
    ...authors.values(),
    ...comments.map((c): ExportLine => ({ kind: 'comment', ...c })),
    ...verdicts.map((v): ExportLine => ({ kind: 'verdict', threadUrl: THREAD, ...v })),
  ];
}
