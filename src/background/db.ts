// The extension's own database (IndexedDB through Dexie). Everything the background knows
// lives here, never only in memory: the service worker may be killed between any two events.
import { Dexie, type EntityTable, type Table } from 'dexie';
import { backfillInUpgrade } from './indexes/backfill.ts';
import type { ClusterMarks } from '../core/networks/types.ts';
import type { Author, ListEntry, Report, ReportCategory, StoredComment, Verdict } from '../core/model.ts';
import type { FuseFilter } from '../core/lists/listFilter.ts';
import type { ListRefusal } from '../core/lists/verifyList.ts';

/** A verdict is scored per thread for now: its reasons speak of "this thread". */
export interface ThreadVerdict extends Verdict {
  threadUrl: string;
}

/** Which thread a tab last showed, so the popup can describe the tab it was opened over. */
export interface TabThread {
  tabId: number;
  threadUrl: string;
  updatedAt: number;
}

export interface Counter {
  name: string;
  value: number;
}

/** One comment thread Kuzet has read (a page URL), for retention, exports and the timeline. */
export interface ThreadRow {
  url: string;
  site: string;
  title?: string;
  firstSeen: number;
  lastSeen: number;
}

/** "This person is real": a trusted author is never flagged, on any site or tab. */
export interface TrustedAuthor {
  authorKey: string;
  displayName: string;
  addedAt: number;
}

/** A private note the user keeps on an author; never leaves the device unless exported. */
export interface AuthorNote {
  authorKey: string;
  text: string;
  updatedAt: number;
}

/** This install's Ed25519 key pair (C4); one row, id 'install'. */
export interface InstallKeyRow {
  id: string;
  secretKey: Uint8Array;
  publicKey: string;
  createdAt: number;
}

/** Near-duplicate text index: a comment's MinHash LSH band keys (core/indexes/textBands.ts). */
export interface NearTextRow {
  commentId: string;
  authorKey: string;
  threadUrl: string;
  bands: string[];
  seenAt: number;
}

/** Two comments by different authors whose texts share an LSH band: candidate copies, verified when scored. */
export interface NearLinkRow {
  /** `${a}\n${b}` with a < b, so a pair is stored once however often it is found. */
  id: string;
  a: string;
  b: string;
  authorA: string;
  authorB: string;
  threadA: string;
  threadB: string;
}

/** An author seen in a thread: co-occurrence is counted from these rows when authors are scored. */
export interface AuthorThreadRow {
  authorKey: string;
  threadUrl: string;
  firstSeen: number;
}

/** An author's profile photo and its 64-bit perceptual hash (16 hex digits), once fetched. */
export interface AvatarRow {
  authorKey: string;
  url: string;
  /** Absent until fetched; `failed` when the image could not be read (not retried until the URL changes). */
  hash?: string;
  failed?: boolean;
  /** 4 bands of 16 bits: photos within 3 bits share one (core/indexes/perceptualHash.ts). */
  bands: string[];
  fetchedAt: number;
}

/** A report in the queue, with how its delivery to the list server goes (background/reports). */
export interface QueuedReport extends Report {
  attempts?: number;
  /** Epoch ms of the next send or status poll; absent once the report is settled. */
  nextAttemptAt?: number;
  lastError?: string;
  /** The server it was sent to, so status polls ask the same one. */
  server?: string;
}

/** A shared list the reader subscribed to: where it lives, the pinned key, the last good copy's facts, why the last check failed. */
export interface ListSubscriptionRow {
  url: string;
  publicKey: string;
  /** 0..1: how much the reader trusts this list (the `listed` signal's strength). */
  trust: number;
  addedAt: number;
  etag?: string;
  checkedAt?: number;
  good?: { name: string; maintainer: string; version: number; entryCount: number; expiresAt: number; acceptedAt: number };
  refusal?: { reason: ListRefusal; detail: string; at: number };
}

/** The last good copy of a list: entries (for deltas) and one filter per category (for lookup). */
export interface ListCopyRow {
  url: string;
  version: number;
  entries: ListEntry[];
  filters: Partial<Record<ReportCategory, FuseFilter>>;
}

/** Small settings of the lists room: the policy across lists, the report server. */
export interface ListConfigRow {
  name: string;
  value: unknown;
}

/** What the user decided about one network (issue 9): members removed, a note, ready for the dossier. */
export interface NetworkMarksRow extends ClusterMarks {
  updatedAt: number;
}

export type KuzetDb = Dexie & {
  comments: EntityTable<StoredComment, 'id'>;
  authors: EntityTable<Author, 'key'>;
  verdicts: Table<ThreadVerdict, [string, string]>;
  reportQueue: EntityTable<QueuedReport, 'id'>;
  tabs: EntityTable<TabThread, 'tabId'>;
  counters: EntityTable<Counter, 'name'>;
  threads: EntityTable<ThreadRow, 'url'>;
  trusted: EntityTable<TrustedAuthor, 'authorKey'>;
  notes: EntityTable<AuthorNote, 'authorKey'>;
  networkMarks: EntityTable<NetworkMarksRow, 'clusterId'>;
  installKey: EntityTable<InstallKeyRow, 'id'>;
  listSubscriptions: EntityTable<ListSubscriptionRow, 'url'>;
  listCopies: EntityTable<ListCopyRow, 'url'>;
  listConfig: EntityTable<ListConfigRow, 'name'>;
  nearText: EntityTable<NearTextRow, 'commentId'>;
  nearLinks: EntityTable<NearLinkRow, 'id'>;
  authorThreads: Table<AuthorThreadRow, [string, string]>;
  avatars: EntityTable<AvatarRow, 'authorKey'>;
};

export function openDb(name = 'kuzet'): KuzetDb {
  const db = new Dexie(name) as KuzetDb;
  // Version 1 shipped in the walking skeleton; a test opens a v1 database and upgrades it.
  db.version(1).stores({
    comments: 'id, threadUrl, authorKey, seq',
    authors: 'key',
    verdicts: '[threadUrl+authorKey], threadUrl, authorKey',
    reportQueue: 'id, authorKey, status, createdAt',
    tabs: 'tabId',
    counters: 'name',
  });
  // Version 2: retention, the persistent indexes, the personal lists and subscriptions.
  // Each room that adds a table adds one line here (and its row type above).
  db.version(2).stores({
    comments: 'id, threadUrl, authorKey, seq, seenAt, [threadUrl+time]',
    authors: 'key, lastSeen',
    threads: 'url, site, lastSeen',
    reportQueue: 'id, authorKey, status, createdAt, nextAttemptAt',
    trusted: 'authorKey',
    notes: 'authorKey',
    installKey: 'id',
    listSubscriptions: 'url',
    listCopies: 'url',
    listConfig: 'name',
    nearText: 'commentId, authorKey, threadUrl, *bands, seenAt',
    nearLinks: 'id, a, b, authorA, authorB, threadA, threadB',
    authorThreads: '[authorKey+threadUrl], authorKey, threadUrl',
    avatars: 'authorKey, *bands, fetchedAt',
    networkMarks: 'clusterId',
  });
  // Version 1's comments become version 2's threads, co-occurrence counts and text index.
  db.version(2).upgrade(backfillInUpgrade);
  return db;
}

/** Adds `by` to a named counter inside the caller's transaction, returning the new value. */
export async function bumpCounter(db: KuzetDb, name: string, by = 1): Promise<number> {
  const value = ((await db.counters.get(name))?.value ?? 0) + by;
  await db.counters.put({ name, value });
  return value;
}
