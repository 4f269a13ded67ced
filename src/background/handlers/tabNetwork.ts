// 'tab/network': the flagged authors of one tab's thread and what joins them: the same text
// in this thread, and other threads they commented in together (core/insight/network.ts).
import { buildNetwork, MAX_NODES } from '../../core/insight/network.ts';
import type { Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';

/** Comments of the flagged authors read for co-occurrence at most: bounds the worker's time. */
const MAX_HISTORY = 20_000;

export async function handleTabNetwork(db: KuzetDb, tabId: number): Promise<Response<'tab/network'>> {
  const tab = await db.tabs.get(tabId);
  if (!tab) return { nodes: [], edges: [] };
  const verdicts = (await db.verdicts.where('threadUrl').equals(tab.threadUrl).toArray())
    .filter((v) => v.level !== 'none')
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_NODES);
  if (verdicts.length === 0) return { nodes: [], edges: [] };
  const thread = await db.comments.where('threadUrl').equals(tab.threadUrl).toArray();
  const history = await db.comments
    .where('authorKey')
    .anyOf(verdicts.map((v) => v.authorKey))
    .limit(MAX_HISTORY)
    .toArray();
  return buildNetwork(verdicts, thread, history);
}
