// Reads the persistent indexes back for scoring: near-duplicate candidates of some comments,
// co-occurrence counts and perceptual avatar hashes of some authors. Each lookup touches only
// rows keyed by what it is asked about, so its cost follows the batch, not the database.
import { MIN_SHARED } from '../../core/heuristics/coOccurrence.ts';
import type { ScoringContext } from '../../core/heuristics/context.ts';
import { atLeast, sharedThreadCounts } from '../../core/indexes/coOccurrence.ts';
import { hashDistance } from '../../core/indexes/perceptualHash.ts';
import type { AuthorKey, StoredComment } from '../../core/model.ts';
import type { KuzetDb } from '../db.ts';
import { whereAny } from './whereAny.ts';

/** Candidate copies fetched for one scoring at most: bounds the worker's time on a viral text. */
export const MAX_CANDIDATES = 2_000;
/** Bits two photo hashes may differ in (heuristics/avatarReuse.ts MAX_DISTANCE). */
const MAX_PHOTO_DISTANCE = 3;

/** Stored comments by id, skipping those already at hand and any since deleted (at most MAX_CANDIDATES). */
export async function commentsById(db: KuzetDb, ids: Iterable<string>, have: ReadonlySet<string>): Promise<StoredComment[]> {
  const wanted = [...new Set(ids)].filter((id) => !have.has(id)).slice(0, MAX_CANDIDATES);
  return (await db.comments.bulkGet(wanted)).filter((c): c is StoredComment => c !== undefined);
}

/** Threads of one author looked at per scoring at most (the most recent ones). */
export const MAX_THREADS_PER_AUTHOR = 200;

/** Shared-thread counts for `authors` over all stored history (only pairs that can pass the signal). */
export async function coOccurrenceOf(db: KuzetDb, authors: readonly AuthorKey[]): Promise<NonNullable<ScoringContext['coOccurrence']>> {
  const threadsOf = (key: AuthorKey) => db.authorThreads.where('authorKey').equals(key).limit(MAX_THREADS_PER_AUTHOR).toArray();
  const authorsIn = new Map<string, Promise<string[]>>();
  const authorsOf = (thread: string) => {
    let list = authorsIn.get(thread);
    if (!list) authorsIn.set(thread, (list = db.authorThreads.where('threadUrl').equals(thread).toArray().then((rows) => rows.map((r) => r.authorKey))));
    return list;
  };
  const threadsPerAuthor = new Map<AuthorKey, number>();
  const pairs = new Map<AuthorKey, Map<AuthorKey, number>>();
  await Promise.all(
    authors.map(async (key) => {
      const threads = await threadsOf(key);
      threadsPerAuthor.set(key, threads.length);
      // Fewer threads than the signal needs shared: nobody can pass with this author.
      pairs.set(key, threads.length < MIN_SHARED ? new Map() : atLeast(sharedThreadCounts(key, await Promise.all(threads.map((t) => authorsOf(t.threadUrl)))), MIN_SHARED));
    }),
  );
  const partners = new Set([...pairs.values()].flatMap((m) => [...m.keys()]).filter((k) => !threadsPerAuthor.has(k)));
  await Promise.all([...partners].map(async (key) => threadsPerAuthor.set(key, await db.authorThreads.where('authorKey').equals(key).count())));
  return { pairs, threadsPerAuthor, totalThreads: await db.threads.count() };
}

/**
 * Photo hashes of `authors` and of every other account whose photo is within reach of one of
 * them. An account showing the very same image URL is left out: that is the site's default
 * picture or one shared file, not a re-uploaded photo (the signal's own rule, applied here
 * because those accounts' comments may not be in the scoring context).
 */
export async function avatarHashesOf(db: KuzetDb, authors: readonly AuthorKey[]): Promise<Map<AuthorKey, string>> {
  const own = (await db.avatars.bulkGet([...authors])).filter((r) => r?.hash !== undefined);
  const hashes = new Map<AuthorKey, string>(own.map((r) => [r!.authorKey, r!.hash!]));
  if (own.length === 0) return hashes;
  const urls = new Set(own.map((r) => r!.url));
  const near = await whereAny(db.avatars, 'bands', own.flatMap((r) => r!.bands), MAX_CANDIDATES);
  for (const row of near) {
    if (row.hash === undefined || hashes.has(row.authorKey) || urls.has(row.url)) continue;
    if (own.some((r) => hashDistance(r!.hash!, row.hash!) <= MAX_PHOTO_DISTANCE)) hashes.set(row.authorKey, row.hash);
  }
  return hashes;
}
