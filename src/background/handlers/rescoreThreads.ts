// Scores authors of one thread and keeps their verdicts; answers with the verdicts that CHANGED.
// A batch rescores only the authors it touched (see indexes/affectedAuthors.ts) in a context
// of what touches them; whole threads are rescored when something about everyone may have moved
// (trust, list updates, a thread's activity settling). The context also carries what the
// persistent indexes know: the trusted list, co-occurrence over all history, photo hashes.
// The verdicts are compared and written in one transaction (each IndexedDB transaction's setup
// cost more than its few rows in the service worker's profile).
import { scoreAuthors } from '../../core/heuristics/scoreAuthors.ts';
import type { ScoringContext } from '../../core/heuristics/context.ts';
import type { Author, AuthorKey } from '../../core/model.ts';
import type { KuzetDb, ThreadVerdict } from '../db.ts';
import { avatarHashesOf, coOccurrenceOf } from '../indexes/lookups.ts';
import { authorsComments, wholeThreadComments } from '../indexes/scoringContext.ts';
import { listedOf } from '../lists/listedLookup.ts';
import { sameVerdict } from '../../core/sameVerdict.ts';

export { MAX_OTHER_COMMENTS } from '../indexes/scoringContext.ts';

/** Rescores `authors` of `threadUrl` ('all': everyone in it); stores and returns the verdicts that changed. */
export async function rescoreThread(db: KuzetDb, threadUrl: string, authors: 'all' | readonly AuthorKey[], now: number, mark?: Steps['mark']): Promise<ThreadVerdict[]> {
  return (await rescoreUnlessYielding(db, threadUrl, authors, now, { mark })) ?? [];
}

export interface Steps {
  /** Says a batch is waiting: checked between the reads, before scoring. */
  yieldNow?: () => boolean;
  /** Stamps each step for the bench (broadcast/batchTimings.ts). */
  mark?: ((phase: string) => void) | undefined;
}

/**
 * As rescoreThread, but gives up, writing nothing, when `yieldNow` says so after a read (null):
 * idle work steps aside for a waiting batch instead of making it wait for the whole scoring.
 */
export async function rescoreUnlessYielding(db: KuzetDb, threadUrl: string, authors: 'all' | readonly AuthorKey[], now: number, { yieldNow = () => false, mark }: Steps): Promise<ThreadVerdict[] | null> {
  if (authors !== 'all' && authors.length === 0) return [];
  const { comments, threadAuthors, timelines } = authors === 'all' ? await wholeThreadComments(db, threadUrl) : await authorsComments(db, threadUrl, authors);
  mark?.('comments read');
  const keys = [...threadAuthors];
  if (keys.length === 0) return [];
  if (yieldNow()) return null;
  const context: ScoringContext = { comments, ...(timelines ? { timelines } : {}), ...(await knownAbout(db, keys)) };
  mark?.('known read');
  if (yieldNow()) return null;
  const verdicts = scoreAuthors(context, keys, now).map((verdict): ThreadVerdict => ({ ...verdict, threadUrl }));
  mark?.('scoring');
  return keepChanged(db, verdicts);
}

/** Every author of each thread; the changed verdicts of all of them. */
export async function rescoreThreads(db: KuzetDb, threadUrls: readonly string[], now: number): Promise<ThreadVerdict[]> {
  const changed: ThreadVerdict[] = [];
  for (const url of new Set(threadUrls)) changed.push(...(await rescoreThread(db, url, 'all', now)));
  return changed;
}

/** What the stores know about the scored authors beyond their comments. */
async function knownAbout(db: KuzetDb, keys: AuthorKey[]): Promise<Omit<ScoringContext, 'comments'>> {
  const authors = new Map<string, Author>();
  for (const author of await db.authors.bulkGet(keys)) if (author) authors.set(author.key, author);
  return {
    authors,
    trusted: new Set(await db.trusted.toCollection().primaryKeys()),
    coOccurrence: await coOccurrenceOf(db, keys),
    avatarHashes: await avatarHashesOf(db, keys),
    // Subscribed lists, after the policy across lists (background/lists).
    listed: await listedOf(db, keys),
  };
}

/** Writes the verdicts that differ from the stored ones (the time of scoring aside) and returns them. */
async function keepChanged(db: KuzetDb, verdicts: ThreadVerdict[]): Promise<ThreadVerdict[]> {
  return db.transaction('rw', db.verdicts, async () => {
    const before = await db.verdicts.bulkGet(verdicts.map((v) => [v.threadUrl, v.authorKey] as [string, string]));
    const changed = verdicts.flatMap((v, i) => (sameVerdict(before[i], v) ? [] : [{ v, was: before[i]?.level ?? 'none' }]));
    await db.verdicts.bulkPut(changed.map(({ v }) => v));
    // A first verdict of 'none' changes nothing a reader sees: not worth a message.
    return changed.flatMap(({ v, was }) => (v.level !== 'none' || was !== 'none' ? [v] : []));
  });
}
