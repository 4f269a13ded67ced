// The networks of flagged accounts: every kind of tie between them (same texts, same photos,
// same threads, same minutes, plus ties handed in from an export), then the clusters those ties
// make. Pure and deterministic; only flagged accounts are ever tied, others only set base rates.
import type { AuthorKey, StoredComment } from '../model.ts';
import { avatarEdges } from './avatarEdges.ts';
import { burstEdges } from './burstEdges.ts';
import { clusterEdges, mergeEdges } from './clusters.ts';
import { coOccurrenceEdges } from './coOccurrenceEdges.ts';
import { sameTextEdges } from './sameTextEdges.ts';
import type { Cluster, NetworkEdge } from './types.ts';

export interface NetworkInput {
  /** The accounts to group (flagged at some level, or listed). */
  flagged: readonly AuthorKey[];
  /** Comments of the threads involved; everyone's, so co-occurrence knows how busy people are. */
  comments: readonly StoredComment[];
  /** Perceptual hashes of profile photos (16 hex digits), where the background has them. */
  avatarHashes?: ReadonlyMap<AuthorKey, string>;
  /** Ties found elsewhere (an export's edges); merged with the ones found here. */
  given?: readonly NetworkEdge[];
}

export interface Networks {
  edges: NetworkEdge[];
  clusters: Cluster[];
}

export function findNetworks(input: NetworkInput): Networks {
  const flagged = new Set(input.flagged);
  // Sorted by id, so the same comments in any order group the same way.
  const own = input.comments.filter((c) => flagged.has(c.authorKey)).sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const given = (input.given ?? []).filter((e) => flagged.has(e.a) && flagged.has(e.b));
  const edges = mergeEdges([
    ...sameTextEdges(own),
    ...(input.avatarHashes ? avatarEdges(own, input.avatarHashes) : []),
    ...coOccurrenceEdges(input.comments, flagged),
    ...burstEdges(own, flagged),
    ...given,
  ]);
  return { edges, clusters: clusterEdges(edges) };
}
