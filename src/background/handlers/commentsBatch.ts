// 'comments/batch': a content script read comments; store them, rescore whom they touch, answer.
// The answer carries the changed verdicts of the batch's own authors plus their standing flags
// (a tab opening a thread Kuzet already scored needs those), never the whole thread's verdicts:
// that is what keeps a badge for a new comment fast on a 5,000-comment page. Everyone else the
// batch moved (earlier copiers of a copied text, here or in other threads, co-occurrence
// partners) is rescored after the answer, off the badge's path, and reaches every tab showing
// their thread as a push: scoring them first cost a late comment's badge most of a second on a
// thread where its text already had dozens of copies. Changes for other tabs go out as pushes.
import type { AuthorKey, Comment } from '../../core/model.ts';
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb, ThreadVerdict } from '../db.ts';
import type { PushVerdicts } from '../broadcast/pushVerdicts.ts';
import { affectedAuthors } from '../indexes/affectedAuthors.ts';
import { noteStored } from '../indexes/datedThreads.ts';
import { rescoreThread } from './rescoreThreads.ts';
import { storeComments } from './storeComments.ts';

export interface BatchDeps {
  push?: PushVerdicts | undefined;
  /** Asks for a whole-thread rescore once the thread's activity settles (broadcast/settle.ts). */
  settle?: (threadUrl: string) => void;
  /**
   * Rescores authors other than the batch's own whose verdict the batch may move (copiers,
   * partners, the burst window), after the answer and while no batch waits, pushing their
   * changes to every tab (this one included). Without it they are rescored before answering.
   */
  later?: (threadUrl: string, authors: AuthorKey[]) => void;
  /** Stamps the batch's phases for the bench (broadcast/batchTimings.ts); absent unless measured. */
  mark?: ((phase: string, value?: number | string) => void) | undefined;
}

export async function handleCommentsBatch(
  db: KuzetDb,
  { comments }: Request<'comments/batch'>,
  tabId: number,
  now: number,
  deps: BatchDeps = {},
): Promise<Response<'comments/batch'>> {
  const { changed, index, seq } = await storeComments(db, comments, now);
  noteStored(db, changed, seq.before, seq.after);
  deps.mark?.('stored');
  const last = comments.at(-1)?.threadUrl;
  if (last !== undefined) await db.tabs.put({ tabId, threadUrl: last, updatedAt: now });
  const { affected, neighbours } = await affectedAuthors(db, comments, changed, index);
  deps.mark?.('affected');
  const batchThreads = new Set(comments.map((c) => c.threadUrl));
  const answer = new Map<string, ThreadVerdict>();
  if (deps.later) moveOthers(comments, affected, neighbours); // only the batch's own authors go first
  for (const [threadUrl, authors] of neighbours) {
    if (authors.size === 0) continue;
    if (deps.later) deps.later(threadUrl, [...authors]);
    else for (const author of authors) (affected.get(threadUrl) ?? affected.set(threadUrl, new Set()).get(threadUrl)!).add(author);
  }
  for (const [threadUrl, authors] of affected) {
    const updated = await rescoreThread(db, threadUrl, [...authors], now, deps.mark);
    if (batchThreads.has(threadUrl)) for (const v of updated) answer.set(`${threadUrl}\n${v.authorKey}`, v);
    if (updated.length > 0) deps.push?.(threadUrl, updated, tabId);
  }
  deps.mark?.('scored');
  for (const threadUrl of batchThreads) {
    const keys = [...new Set(comments.filter((c) => c.threadUrl === threadUrl).map((c) => c.authorKey))];
    const standing = await db.verdicts.bulkGet(keys.map((k) => [threadUrl, k] as [string, string]));
    for (const v of standing) if (v && v.level !== 'none') answer.set(`${threadUrl}\n${v.authorKey}`, v);
    if (changed.length > 0) deps.settle?.(threadUrl);
  }
  deps.mark?.('answered');
  deps.mark?.('size', comments.length);
  return { verdicts: [...answer.values()].map(({ threadUrl: _thread, ...verdict }) => verdict) };
}

/** Moves every affected author who wrote none of the batch's comments in that thread to `later`. */
function moveOthers(comments: readonly Comment[], affected: Map<string, Set<AuthorKey>>, later: Map<string, Set<AuthorKey>>): void {
  const own = new Set(comments.map((c) => `${c.threadUrl}\n${c.authorKey}`));
  for (const [threadUrl, authors] of affected) {
    for (const author of authors) {
      if (own.has(`${threadUrl}\n${author}`)) continue;
      authors.delete(author);
      (later.get(threadUrl) ?? later.set(threadUrl, new Set()).get(threadUrl)!).add(author);
    }
  }
}
