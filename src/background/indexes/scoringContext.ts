// What one scoring sees, read from the database. Two sizes: a whole thread (every author, after
// a list update, a trust change or when a thread's activity settles), and a few authors of one
// thread (after a batch): their own comments everywhere, the thread within the burst window of
// their comments, the thread's timeline (times only: the burst signal's baseline pace, counted
// by binary search), and every stored near-copy of their texts from the text index.
// The second costs what the batch touched, not what the thread holds — the badge-latency path.
import { HALF_WINDOW_MS } from '../../core/heuristics/burst.ts';
import type { ThreadTimeline } from '../../core/heuristics/context.ts';
import type { AuthorKey, StoredComment } from '../../core/model.ts';
import type { KuzetDb } from '../db.ts';
import { datedThread, threadTimeline } from './datedThreads.ts';
import { timeRange } from '../../core/heuristics/burst.ts';
import { commentsById } from './lookups.ts';
import { linkedToAuthors, linkedToThread } from './nearLinks.ts';
import { whereAny } from './whereAny.ts';

/** Comments from other threads taken into one scoring at most, newest first: bounds the worker's time. */
export const MAX_OTHER_COMMENTS = 5_000;

export interface ContextComments {
  comments: StoredComment[];
  /** Authors who commented in the thread itself (the only ones a thread's verdicts are about). */
  threadAuthors: Set<AuthorKey>;
  /** The whole thread's timeline, where `comments` hold only part of the thread. */
  timelines?: Map<string, ThreadTimeline>;
}

export async function wholeThreadComments(db: KuzetDb, threadUrl: string): Promise<ContextComments> {
  const thread = await db.comments.where('threadUrl').equals(threadUrl).toArray();
  const threadAuthors = new Set(thread.map((c) => c.authorKey));
  const elsewhere = (await whereAny(db.comments, 'authorKey', threadAuthors))
    .filter((c) => c.threadUrl !== threadUrl)
    .sort((a, b) => b.seq - a.seq)
    .slice(0, MAX_OTHER_COMMENTS);
  const copies = await commentsById(db, await linkedToThread(db, threadUrl), new Set([...thread, ...elsewhere].map((c) => c.id)));
  return { comments: merge(thread, elsewhere, copies), threadAuthors };
}

export async function authorsComments(db: KuzetDb, threadUrl: string, authors: readonly AuthorKey[]): Promise<ContextComments> {
  const own = await whereAny(db.comments, 'authorKey', authors);
  const inThread = own.filter((c) => c.threadUrl === threadUrl);
  const elsewhere = own
    .filter((c) => c.threadUrl !== threadUrl)
    .sort((a, b) => b.seq - a.seq)
    .slice(0, MAX_OTHER_COMMENTS);
  const around = await datedAround(db, threadUrl, inThread.flatMap((c) => (c.time === undefined ? [] : [c.time])), HALF_WINDOW_MS);
  const copies = await commentsById(db, await linkedToAuthors(db, authors), new Set([...own, ...around].map((c) => c.id)));
  return {
    comments: merge(inThread, elsewhere, around, copies),
    threadAuthors: new Set(inThread.map((c) => c.authorKey)),
    timelines: new Map([[threadUrl, await threadTimeline(db, threadUrl)]]),
  };
}

/** The thread's dated comments within `half` ms of any of `times`, one query per merged span. */
export async function datedAround(db: KuzetDb, threadUrl: string, times: number[], half: number): Promise<StoredComment[]> {
  const spans: [number, number][] = [];
  for (const t of [...times].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last && t - half <= last[1]) last[1] = t + half;
    else spans.push([t - half, t + half]);
  }
  if (spans.length === 0) return [];
  const thread = await datedThread(db, threadUrl);
  const found: StoredComment[] = [];
  for (const [from, to] of spans) {
    const [start, end] = timeRange(thread, from, to);
    found.push(...thread.slice(start, end));
  }
  return found;
}

function merge(...lists: StoredComment[][]): StoredComment[] {
  const byId = new Map<string, StoredComment>();
  for (const list of lists) for (const c of list) byId.set(c.id, c);
  return [...byId.values()];
}
