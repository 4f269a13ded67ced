// Gathers what an export holds (one tab's thread, or everything kept) from the database and
// writes it as CSV, NDJSON or GraphML with its provenance (core/export). Read-only: exporting
// never changes what Kuzet stores.
import { type ExportThread } from '../../core/export/exportInput.ts';
import { exportFile } from '../../core/export/exportFile.ts';
import { DEFAULT_WEIGHTS } from '../../core/heuristics/weights.ts';
import type { Author, StoredComment } from '../../core/model.ts';
import type { Request, Response } from '../../messages.ts';
import { MAX_EXPORT_CHARS } from '../../messages/export.ts';
import type { KuzetDb, ThreadVerdict } from '../db.ts';
import { readListVersions } from './exportListVersions.ts';

export async function handleExportCollect(
  db: KuzetDb,
  request: Request<'export/collect'>,
  now: number,
  extensionVersion: string,
): Promise<Response<'export/collect'>> {
  const records = request.scope === 'thread' ? await threadRecords(db, request.tabId) : await allRecords(db);
  const file = exportFile(request.format, {
    scope: request.scope,
    extensionVersion,
    exportedAt: now,
    ...records,
    listVersions: await readListVersions(db),
    weights: DEFAULT_WEIGHTS,
  });
  if (file.text.length > MAX_EXPORT_CHARS) throw new Error('export too large for one file: export one thread at a time');
  return { ...file, comments: records.comments.length };
}

interface Records {
  threads: ExportThread[];
  authors: Author[];
  comments: StoredComment[];
  verdicts: ThreadVerdict[];
}

async function threadRecords(db: KuzetDb, tabId: number): Promise<Records> {
  const threadUrl = (await db.tabs.get(tabId))?.threadUrl;
  if (threadUrl === undefined) return { threads: [], authors: [], comments: [], verdicts: [] };
  return db.transaction('r', [db.comments, db.authors, db.verdicts, db.threads], async () => {
    const comments = await db.comments.where('threadUrl').equals(threadUrl).toArray();
    const keys = [...new Set(comments.map((c) => c.authorKey))];
    const authors = (await db.authors.bulkGet(keys)).filter((a): a is Author => a !== undefined);
    const verdicts = await db.verdicts.where('threadUrl').equals(threadUrl).toArray();
    const stored = await db.threads.get(threadUrl);
    return { threads: threadsOf(comments, stored ? [stored] : []), authors, comments, verdicts };
  });
}

async function allRecords(db: KuzetDb): Promise<Records> {
  return db.transaction('r', [db.comments, db.authors, db.verdicts, db.threads], async () => {
    const comments = await db.comments.toArray();
    return { comments, authors: await db.authors.toArray(), verdicts: await db.verdicts.toArray(), threads: threadsOf(comments, await db.threads.toArray()) };
  });
}

/** Stored thread rows, plus one made from the comments for threads stored before rows existed. */
function threadsOf(comments: readonly StoredComment[], stored: readonly ExportThread[]): ExportThread[] {
  const byUrl = new Map(stored.map((t) => [t.url, { url: t.url, site: t.site, firstSeen: t.firstSeen, lastSeen: t.lastSeen, ...(t.title ? { title: t.title } : {}) }]));
  for (const c of comments) {
    const known = byUrl.get(c.threadUrl);
    if (!known) byUrl.set(c.threadUrl, { url: c.threadUrl, site: c.site, firstSeen: c.seenAt, lastSeen: c.seenAt });
    else if (!stored.some((t) => t.url === c.threadUrl)) {
      known.firstSeen = Math.min(known.firstSeen, c.seenAt);
      known.lastSeen = Math.max(known.lastSeen, c.seenAt);
    }
  }
  return [...byUrl.values()];
}
