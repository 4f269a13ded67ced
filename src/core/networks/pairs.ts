// Collects ties per pair of accounts while edges are found: one entry per (pair, type), with
// its count and a capped, ordered list of evidence, so every finder stays small and the result
// is the same whatever order the input came in.
import type { AuthorKey } from '../model.ts';
import type { EdgeType, NetworkEdge } from './types.ts';

/** Comments cited per edge: enough to check a tie, small enough for a report. */
export const MAX_EDGE_EVIDENCE = 20;

interface Tie { count: number; commentIds: Set<string> }

export class PairTies {
  private readonly ties = new Map<string, { a: AuthorKey; b: AuthorKey; tie: Tie }>();

  constructor(readonly type: EdgeType) {}

  /** Counts one more tie between x and y, citing these comments. */
  add(x: AuthorKey, y: AuthorKey, commentIds: readonly string[]): void {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    let entry = this.ties.get(key);
    if (!entry) this.ties.set(key, (entry = { a, b, tie: { count: 0, commentIds: new Set() } }));
    entry.tie.count += 1;
    for (const id of commentIds) entry.tie.commentIds.add(id);
  }

  /** The ties as edges, strength from the count; pairs the rule turns down (null) are dropped. */
  edges(strengthOf: (count: number, a: AuthorKey, b: AuthorKey) => number | null): NetworkEdge[] {
    const out: NetworkEdge[] = [];
    for (const { a, b, tie } of this.ties.values()) {
      const strength = strengthOf(tie.count, a, b);
      if (strength === null || strength <= 0) continue;
      const commentIds = [...tie.commentIds].sort().slice(0, MAX_EDGE_EVIDENCE);
      out.push({ a, b, type: this.type, strength, count: tie.count, evidence: { commentIds } });
    }
    return out;
  }
}
