// 'comments/batch': a content script read comments; store them, rescore, answer with verdicts.
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';
import { rescoreThreads } from './rescoreThreads.ts';
import { storeComments } from './storeComments.ts';

export async function handleCommentsBatch(
  db: KuzetDb,
  { comments }: Request<'comments/batch'>,
  tabId: number,
  now: number,
): Promise<Response<'comments/batch'>> {
  await storeComments(db, comments, now);
  const threadUrls = comments.map((c) => c.threadUrl);
  const last = threadUrls.at(-1);
  if (last !== undefined) await db.tabs.put({ tabId, threadUrl: last, updatedAt: now });
  const verdicts = await rescoreThreads(db, threadUrls, now);
  return { verdicts: verdicts.map(({ threadUrl: _thread, ...verdict }) => verdict) };
}
