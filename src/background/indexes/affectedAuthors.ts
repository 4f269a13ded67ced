// Whose verdict a batch can change, per thread: the authors of its new comments; authors of
// stored near-copies of those texts (copying is judged by who posted first, so a new copy moves
// every copier's reason — in this thread and in others); the thread's authors within the burst
// window of a new comment; newcomers to a thread who now share enough threads with someone (and those
// partners); and the batch's authors with no verdict yet (a worker killed between storing and
// scoring). Everyone else keeps their verdict; a whole-thread rescore when the thread settles
// catches the slower effects (a busier neighbourhood lowering a burst's surprise). The burst
// window's other authors are returned apart (`neighbours`): the batch's own badges need not
// wait for them, and on a dense thread they are most of the work.
import { HALF_WINDOW_MS } from '../../core/heuristics/burst.ts';
import type { AuthorKey, Comment, StoredComment } from '../../core/model.ts';
import type { KuzetDb } from '../db.ts';
import type { IndexChanges } from './update.ts';
import { datedAround } from './scoringContext.ts';
import { coOccurrenceOf } from './lookups.ts';

/** Other threads a batch's copies may rescore at most: bounds one batch's work. */
export const MAX_OTHER_THREADS = 5;

export async function affectedAuthors(
  db: KuzetDb,
  batch: readonly Comment[],
  changed: readonly StoredComment[],
  { newcomers, linked }: IndexChanges,
): Promise<{ affected: Map<string, Set<AuthorKey>>; neighbours: Map<string, Set<AuthorKey>> }> {
  const affected = new Map<string, Set<AuthorKey>>();
  const neighbours = new Map<string, Set<AuthorKey>>();
  const addTo = (map: Map<string, Set<AuthorKey>>) => (thread: string, author: AuthorKey) => {
    let set = map.get(thread);
    if (!set) map.set(thread, (set = new Set()));
    set.add(author);
  };
  const add = addTo(affected);
  for (const c of changed) add(c.threadUrl, c.authorKey);
  const pairs = [...new Map(batch.map((c) => [`${c.threadUrl}\n${c.authorKey}`, [c.threadUrl, c.authorKey] as [string, string]])).values()];
  const scored = await db.verdicts.bulkGet(pairs);
  pairs.forEach(([thread, author], i) => scored[i] === undefined && add(thread, author));

  const threads = new Set(batch.map((c) => c.threadUrl));
  const others = new Set<string>();
  for (const link of linked) {
    for (const [thread, author] of [[link.threadA, link.authorA], [link.threadB, link.authorB]] as const) {
      if (!threads.has(thread) && !others.has(thread)) {
        if (others.size >= MAX_OTHER_THREADS) continue;
        others.add(thread);
      }
      add(thread, author);
    }
  }
  for (const thread of threads) {
    const times = changed.flatMap((c) => (c.threadUrl === thread && c.time !== undefined ? [c.time] : []));
    for (const w of await datedAround(db, thread, times, HALF_WINDOW_MS)) addTo(neighbours)(w.threadUrl, w.authorKey);
  }
  // A newcomer's shared-thread counts grew: they and partners now past the threshold, here.
  for (const [thread, keys] of newcomers) {
    if (keys.length === 0) continue;
    const { pairs } = await coOccurrenceOf(db, keys);
    for (const [key, partners] of pairs) {
      if (partners.size === 0) continue;
      add(thread, key);
      for (const partner of partners.keys()) add(thread, partner);
    }
  }
  for (const [thread, keys] of neighbours) {
    const now = affected.get(thread);
    for (const key of keys) if (now?.has(key)) keys.delete(key);
  }
  return { affected, neighbours };
}
