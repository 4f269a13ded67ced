// What the Networks view and the dossier are made from: every thread where Kuzet flagged
// someone, with all its comments (co-occurrence needs everyone's pace; the dossier's privacy
// guard later keeps only what it may), the flagged authors, their verdicts and photo hashes,
// as researcher export lines (core/export), then the clusters with the user's marks applied.
import { exportLines } from '../../core/export/exportLines.ts';
import type { ExportLine } from '../../core/export/ndjsonFormat.ts';
import { DEFAULT_WEIGHTS } from '../../core/heuristics/weights.ts';
import type { Author } from '../../core/model.ts';
import { networksOfExport } from '../../core/networks/fromExport.ts';
import { applyMarks, type MarkedCluster } from '../../core/networks/marks.ts';
import type { KuzetDb } from '../db.ts';

/** Threads read at most, most recent first: bounds the worker's time on a long history. */
export const MAX_THREADS = 500;

export interface NetworkData {
  lines: ExportLine[];
  clusters: MarkedCluster[];
}

export async function networkData(db: KuzetDb, now: number, extensionVersion: string): Promise<NetworkData> {
  const records = await db.transaction('r', [db.verdicts, db.comments, db.authors, db.threads, db.avatars, db.trusted], async () => {
    const trusted = new Set((await db.trusted.toArray()).map((t) => t.authorKey));
    const flaggedVerdicts = (await db.verdicts.toArray()).filter((v) => v.level !== 'none' && !trusted.has(v.authorKey));
    const flaggedUrls = [...new Set(flaggedVerdicts.map((v) => v.threadUrl))];
    const rows = new Map((await db.threads.bulkGet(flaggedUrls)).flatMap((t) => (t ? [[t.url, t] as const] : [])));
    const urls = flaggedUrls.sort((a, b) => (rows.get(b)?.lastSeen ?? 0) - (rows.get(a)?.lastSeen ?? 0)).slice(0, MAX_THREADS);
    const inScope = new Set(urls);
    const comments = await db.comments.where('threadUrl').anyOf(urls).toArray();
    const verdicts = flaggedVerdicts.filter((v) => inScope.has(v.threadUrl));
    const keys = [...new Set(verdicts.map((v) => v.authorKey))];
    const authors = (await db.authors.bulkGet(keys)).filter((a): a is Author => a !== undefined);
    const avatars = (await db.avatars.bulkGet(keys)).flatMap((a) => (a?.hash ? [[a.authorKey, a.hash] as const] : []));
    // A thread stored before thread rows existed is described from its comments.
    const byThread = new Map<string, typeof comments>();
    for (const c of comments) {
      const list = byThread.get(c.threadUrl);
      if (list) list.push(c);
      else byThread.set(c.threadUrl, [c]);
    }
    const threads = urls.map((url) => {
      const own = byThread.get(url) ?? [];
      const seen = (pick: (a: number, b: number) => number, start: number) => own.reduce((acc, c) => pick(acc, c.seenAt), start);
      return rows.get(url) ?? { url, site: own[0]?.site ?? '', firstSeen: seen(Math.min, now), lastSeen: seen(Math.max, 0) };
    });
    return { comments, verdicts, authors, threads, avatars: new Map(avatars) };
  });
  const lines = exportLines({
    scope: 'all',
    extensionVersion,
    exportedAt: now,
    threads: records.threads.map(({ url, site, title, firstSeen, lastSeen }) => ({ url, site, ...(title === undefined ? {} : { title }), firstSeen, lastSeen })),
    authors: records.authors,
    comments: records.comments,
    verdicts: records.verdicts,
    listVersions: [],
    weights: DEFAULT_WEIGHTS,
  });
  const { clusters } = networksOfExport(lines, records.avatars);
  const marks = new Map((await db.networkMarks.bulkGet(clusters.map((c) => c.id))).flatMap((m) => (m ? [[m.clusterId, m] as const] : [])));
  return { lines, clusters: clusters.map((c) => applyMarks(c, marks.get(c.id))) };
}
