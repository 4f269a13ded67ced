// The nouns every room shares (DESIGN.md "The house"). Plain data only: these values cross
// message boundaries, go into IndexedDB and into exports, so no classes and no functions.

/** `site:id`, preferring a numeric id over a handle over a display name, so one person is one key. */
export type AuthorKey = string;

/** What a page shows about an account beside its comment, where it shows it. */
export interface AccountFacts {
  /** When the account was created or joined (epoch ms), if the page says. */
  joinedAt?: number;
  /** A numeric account id, where the site has one; on some sites ids grow with creation time. */
  numericId?: string;
  /** The profile's self-description, where the page shows it (hover cards, profile headers). */
  description?: string;
}

/** What an adapter reads from one comment node. Times are epoch milliseconds. */
export interface Comment {
  /** Stable across visits: `site:commentId` where the page gives an id. */
  id: string;
  site: string;
  authorKey: AuthorKey;
  displayName: string;
  handle?: string;
  profileUrl?: string;
  avatarUrl?: string;
  text: string;
  /** When the page says the comment was written, if it says so. */
  time?: number;
  /** Comment id this one answers, if the page shows threading. */
  replyTo?: string;
  /** Canonical URL of the thread the comment was read on. */
  threadUrl: string;
  /** Permalink of the comment itself, if the page has one. */
  url?: string;
  /**
   * Likes or the net rating the page shows for the comment (mass likes are a later troll
   * tactic); net ratings (Habr, Pikabu, Reddit) may be negative.
   */
  likes?: number;
  account?: AccountFacts;
}

/** A comment as stored: the background adds when and in which order it first saw it. */
export interface StoredComment extends Comment {
  /** Epoch ms when Kuzet first stored it; ties within a batch are broken by `seq`. */
  seenAt: number;
  /** Monotonic order of first sight, so "who posted it first" never depends on clock ties. */
  seq: number;
}

export interface Author {
  key: AuthorKey;
  site: string;
  displayName: string;
  handle?: string;
  profileUrl?: string;
  /** Every display name seen for this key, oldest first (accounts change owners and names). */
  names: string[];
  firstSeen: number;
  lastSeen: number;
}

/** Every signal core/heuristics can raise; one file per signal. */
export const SIGNAL_IDS = [
  'copypasta',
  'accountAge',
  'handlePattern',
  'selfDeclaredBot',
  'burst',
  'postRate',
  'crossThreadRepeat',
  'avatarReuse',
  'coOccurrence',
  'nameChange',
  'aggression',
  'listed',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/**
 * A localisable sentence: a message key of the `_locales` message files and its substitutions.
 * With `count`, the key names a plural family: the renderer picks `<key>_one|_few|_many|_other`
 * by the reader's language (see messageKeys.ts `sentenceKey`).
 */
export interface Sentence {
  key: string;
  substitutions: string[];
  count?: number;
}

/** What one heuristic found about one author, with evidence a person can check. */
export interface Signal {
  id: SignalId;
  /** 0..1: how strongly this evidence points at coordination. */
  strength: number;
  sentence: Sentence;
  /** Comment ids (and their permalinks) the sentence is about. */
  evidence: { commentIds: string[]; urls: string[] };
}

export const LEVELS = ['none', 'watch', 'suspected', 'likely'] as const;
export type Level = (typeof LEVELS)[number];

export interface Reason extends Signal {
  /** The weight score.ts gave this signal. */
  weight: number;
}

export interface Verdict {
  authorKey: AuthorKey;
  displayName: string;
  score: number;
  level: Level;
  reasons: Reason[];
  /** Epoch ms of the scoring that produced it. */
  computedAt: number;
}

export const REPORT_CATEGORIES = ['coordinated', 'fake', 'aggression', 'spam'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export interface ReportEvidence {
  commentId: string;
  url: string;
  text: string;
  time?: number;
}

/** C7: kept here, sent to the server, waiting for a moderator, listed, or turned down. */
export type ReportStatus = 'queued' | 'sent' | 'moderation' | 'accepted' | 'rejected';

export interface Report {
  id: string;
  authorKey: AuthorKey;
  displayName: string;
  category: ReportCategory;
  note: string;
  evidence: ReportEvidence[];
  reasons: Reason[];
  createdAt: number;
  status: ReportStatus;
}

/** One entry of a shared list: keyed by a hash of the author key, never the key itself. */
export interface ListEntry {
  keyHash: string;
  category: ReportCategory;
  reasons: string[];
  firstSeen: number;
}
