// 'tab/timeline': comments per minute of the thread shown in one tab, flagged ones counted
// apart and bursts marked (core/insight/timeline.ts), for the popup's plot.
import { buildTimeline } from '../../core/insight/timeline.ts';
import type { Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';

export async function handleTabTimeline(db: KuzetDb, tabId: number): Promise<Response<'tab/timeline'>> {
  const tab = await db.tabs.get(tabId);
  if (!tab) return { threadUrl: null, buckets: [], undated: 0 };
  const comments = await db.comments.where('threadUrl').equals(tab.threadUrl).toArray();
  const verdicts = await db.verdicts.where('threadUrl').equals(tab.threadUrl).toArray();
  const flagged = new Set(verdicts.filter((v) => v.level !== 'none').map((v) => v.authorKey));
  return { threadUrl: tab.threadUrl, ...buildTimeline(comments, flagged) };
}
