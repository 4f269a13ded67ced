// Reads the persistent indexes back for scoring: near-duplicate candidates of some comments,
// co-occurrence counts and perceptual avatar hashes of some authors. Each lookup touches only
// rows keyed by what it is asked about, so its cost follows the batch, not the database.
import { MIN_SHARED } from '../../core/heuristics/coOccurrence.ts';
import type { ScoringContext } from '../../core/heuristics/context.ts';
import { hashDistance } from '../../core/indexes/perceptualHash.ts';
import type { AuthorKey, StoredComment } from '../../core/model.ts';
import type { KuzetDb } from '../db.ts';
import { whereAny } from './whereAny.ts';

/** Candidate copies fetched for one scoring at most: bounds the worker's time on a viral text. */
export const MAX_CANDIDATES = 2_000;
/** Pairs sharing MIN_SHARED+ threads read per scoring at most. */
export const MAX_HOT_PAIRS = 50_000;
/** Bits two photo hashes may differ in (heuristics/avatarReuse.ts MAX_DISTANCE). */
const MAX_PHOTO_DISTANCE = 3;

/** Stored comments by id, skipping those already at hand and any since deleted (at most MAX_CANDIDATES). */
export async function commentsById(db: KuzetDb, ids: Iterable<string>, have: ReadonlySet<string>): Promise<StoredComment[]> {
  const wanted = [...new Set(ids)].filter((id) => !have.has(id)).slice(0, MAX_CANDIDATES);
  return (await db.comments.bulkGet(wanted)).filter((c): c is StoredComment => c !== undefined);
}

/** Shared-thread counts for `authors` over all stored history (only pairs that can pass the signal). */
export async function coOccurrenceOf(db: KuzetDb, authors: readonly AuthorKey[]): Promise<NonNullable<ScoringContext['coOccurrence']>> {
  const pairs = new Map<AuthorKey, Map<AuthorKey, number>>();
  for (const key of authors) pairs.set(key, new Map());
  // Only pairs that can pass the signal, in one query: most pairs share a single thread.
  const rows = (await db.coPairs.where('count').aboveOrEqual(MIN_SHARED).limit(MAX_HOT_PAIRS).toArray()).filter((r) => pairs.has(r.a) || pairs.has(r.b));
  for (const { a, b, count } of rows) {
    pairs.get(a)?.set(b, count);
    pairs.get(b)?.set(a, count);
  }
  // Shared-thread totals matter only for authors in such a pair; the others get no signal anyway.
  const involved = new Set(rows.flatMap((r) => [r.a, r.b]));
  const threadsPerAuthor = new Map<AuthorKey, number>();
  const counts = await Promise.all([...involved].map((key) => db.authorThreads.where('authorKey').equals(key).count()));
  [...involved].forEach((key, i) => threadsPerAuthor.set(key, counts[i]!));
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
