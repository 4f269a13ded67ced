// Groups accounts into clusters: two accounts are linked when their ties together are strong
// enough (1 − Π(1 − strength) over the kinds of tie ≥ 0.5), clusters are the connected groups
// of two or more, ranked by size, then evidence, then id. Deterministic: the same edges in any
// order give the same clusters, ids and order.
import type { AuthorKey } from '../model.ts';
import { hashString32 } from '../text/index.ts';
import type { Cluster, NetworkEdge } from './types.ts';

/** Combined tie strength that links two accounts into one cluster. */
export const MIN_LINK = 0.5;

const pairKey = (e: { a: AuthorKey; b: AuthorKey }) => `${e.a}\u0000${e.b}`;

/** One edge per pair and kind: the strongest, with every comment any finder cited. */
export function mergeEdges(edges: readonly NetworkEdge[]): NetworkEdge[] {
  const merged = new Map<string, NetworkEdge>();
  for (const e of edges) {
    const [a, b] = e.a < e.b ? [e.a, e.b] : [e.b, e.a];
    if (a === b) continue;
    const key = `${a}\u0000${b}\u0000${e.type}`;
    const known = merged.get(key);
    const ids = new Set([...(known?.evidence.commentIds ?? []), ...e.evidence.commentIds]);
    merged.set(key, {
      a,
      b,
      type: e.type,
      strength: Math.max(known?.strength ?? 0, e.strength),
      count: Math.max(known?.count ?? 0, e.count),
      evidence: { commentIds: [...ids].sort() },
    });
  }
  return [...merged.values()].sort(edgeOrder);
}

export function edgeOrder(p: NetworkEdge, q: NetworkEdge): number {
  return q.strength - p.strength || cmp(p.a, q.a) || cmp(p.b, q.b) || cmp(p.type, q.type);
}

export function clusterEdges(edges: readonly NetworkEdge[]): Cluster[] {
  const all = mergeEdges(edges);
  const miss = new Map<string, number>();
  for (const e of all) miss.set(pairKey(e), (miss.get(pairKey(e)) ?? 1) * (1 - Math.min(1, e.strength)));
  const parent = new Map<AuthorKey, AuthorKey>();
  const root = (k: AuthorKey): AuthorKey => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const e of all) {
    if (1 - miss.get(pairKey(e))! < MIN_LINK - 1e-9) continue;
    for (const k of [e.a, e.b]) if (!parent.has(k)) parent.set(k, k);
    const [ra, rb] = [root(e.a), root(e.b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<AuthorKey, AuthorKey[]>();
  for (const k of [...parent.keys()].sort()) {
    const list = groups.get(root(k));
    if (list) list.push(k);
    else groups.set(root(k), [k]);
  }
  return [...groups.values()].map((members) => clusterOf(members, all)).sort(clusterOrder);
}

/** A cluster of these members, with every edge between them (weak ones too, as context). */
export function clusterOf(members: readonly AuthorKey[], edges: readonly NetworkEdge[]): Cluster {
  const sorted = [...members].sort();
  const inside = new Set(sorted);
  const own = edges.filter((e) => inside.has(e.a) && inside.has(e.b)).sort(edgeOrder);
  return {
    id: `n${hashString32(sorted[0] ?? '').toString(16).padStart(8, '0')}`,
    members: sorted,
    edges: own,
    evidenceCount: new Set(own.flatMap((e) => e.evidence.commentIds)).size,
  };
}

export function clusterOrder(p: Cluster, q: Cluster): number {
  return q.members.length - p.members.length || q.evidenceCount - p.evidenceCount || cmp(p.id, q.id);
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
