// The nouns of networks: an edge between two flagged accounts (what ties them, how strongly,
// which comments show it) and a cluster of accounts tied together. Plain data only: clusters
// cross messages, go into the database's marks and into the dossier.
import type { AuthorKey } from '../model.ts';

/** What ties two accounts: the same text, the same photo, the same threads, the same minutes. */
export const EDGE_TYPES = ['sameText', 'avatar', 'coOccurrence', 'burst'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface NetworkEdge {
  /** The two accounts, a < b, so one pair is one key whichever way it was found. */
  a: AuthorKey;
  b: AuthorKey;
  type: EdgeType;
  /** 0..1: how strongly this tie alone points at the two being run together. */
  strength: number;
  /** How many times the tie was seen (shared texts, shared threads, shared bursts). */
  count: number;
  /** Comments a person can open to check the tie. */
  evidence: { commentIds: string[] };
}

export interface Cluster {
  /** Stable while its first member (in key order) stays: marks and notes are kept by it. */
  id: string;
  /** In key order. */
  members: AuthorKey[];
  /** The ties between members, strongest first. */
  edges: NetworkEdge[];
  /** Distinct comments cited by its edges: the weight of evidence the ranking uses. */
  evidenceCount: number;
}

/** What the user decided about a cluster; kept apart from the computed cluster. */
export interface ClusterMarks {
  clusterId: string;
  /** Members the user judged wrongly tied in. */
  removed: AuthorKey[];
  note: string;
  ready: boolean;
}
