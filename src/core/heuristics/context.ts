// What scoring may look at: everything a comment page and Kuzet's own stores can show about
// the authors involved. One value, built by the background (or the eval) and passed whole, so
// every signal sees the same evidence and none of them reads a clock, a page or a database.
import type { Author, AuthorKey, Signal, StoredComment } from '../model.ts';

/** One subscribed list's entry for an author, with the weight the list policy gives that list. */
export interface ListedEntry {
  /** The list's name as its header gives it (shown in the reason). */
  list: string;
  /** The entry's category (coordinated, fake, aggression, spam). */
  category: string;
  /** 0..1 from the list policy: how much this subscription is trusted. */
  weight: number;
}

/**
 * A whole thread's dated comments as times only, earliest first, with how many distinct authors
 * posted them: the burst signal's baseline (its pace around a moment and overall) without
 * carrying thousands of comments into a scoring that is about a few authors.
 */
export interface ThreadTimeline {
  /** Posting times (epoch ms) of the thread's dated comments, ascending. */
  times: readonly number[];
  /** Distinct authors among those comments. */
  authors: number;
}

/** For each author, the other authors seen in the same threads and how many threads they share. */
export type CoOccurrence = ReadonlyMap<AuthorKey, ReadonlyMap<AuthorKey, number>>;

export interface ScoringContext {
  /** The threads involved, any sites: every comment the scorer may cite as evidence. */
  comments: readonly StoredComment[];
  /** Stored authors with their name history (Author.names). */
  authors?: ReadonlyMap<AuthorKey, Author>;
  /** Perceptual hashes of profile photos, 16 hex digits (64 bits), supplied by the background. */
  avatarHashes?: ReadonlyMap<AuthorKey, string>;
  /**
   * Shared-thread counts over more history than `comments` holds, with the number of threads
   * that history covers; without it co-occurrence is derived from `comments`.
   */
  coOccurrence?: { pairs: CoOccurrence; threadsPerAuthor: ReadonlyMap<AuthorKey, number>; totalThreads: number };
  /** Entries of subscribed lists, already matched to author keys. */
  listed?: ReadonlyMap<AuthorKey, readonly ListedEntry[]>;
  /**
   * Per thread, its whole timeline, where `comments` hold only part of the thread (the
   * background's per-batch scoring carries the comments near the scored authors' own); burst
   * counts the pace from it. Without it, a thread's pace is counted from `comments`.
   */
  timelines?: ReadonlyMap<string, ThreadTimeline>;
  /** The user's own "this person is real" list: always wins, such an author is never flagged. */
  trusted: ReadonlySet<AuthorKey>;
}

/** A signal: pure, one file each; null when the author shows nothing checkable. */
export type SignalFunction = (
  author: AuthorKey,
  context: ScoringContext,
  now: number,
) => Signal | null;
