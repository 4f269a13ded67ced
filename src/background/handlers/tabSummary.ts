// 'tab/summary': what Kuzet read in one tab's thread, for the popup.
import type { Response, TabSummary } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';

const EMPTY: TabSummary = { threadUrl: null, comments: 0, authors: 0, flagged: [], reports: [] };

export async function handleTabSummary(db: KuzetDb, tabId: number): Promise<Response<'tab/summary'>> {
  const tab = await db.tabs.get(tabId);
  if (!tab) return EMPTY;
  const comments = await db.comments.where('threadUrl').equals(tab.threadUrl).toArray();
  const authors = new Set(comments.map((c) => c.authorKey));
  const verdicts = await db.verdicts.where('threadUrl').equals(tab.threadUrl).toArray();
  const flagged = verdicts
    .filter((v) => v.level !== 'none')
    .sort((a, b) => b.score - a.score || a.displayName.localeCompare(b.displayName))
    .map(({ threadUrl: _thread, ...verdict }) => verdict);
  const reports = (await db.reportQueue.where('authorKey').anyOf([...authors]).toArray()).sort(
    (a, b) => b.createdAt - a.createdAt,
  );
  return { threadUrl: tab.threadUrl, comments: comments.length, authors: authors.size, flagged, reports };
}
