// Ties from commenting in the same thread within the same two minutes, the window the burst
// signal uses. Once may be chance on a busy page; the same two accounts arriving together in
// several threads is how a called-in brigade looks, so strength grows with the threads.
import type { AuthorKey, StoredComment } from '../model.ts';
import { HALF_WINDOW_MS } from '../heuristics/burst.ts';
import { PairTies } from './pairs.ts';
import type { NetworkEdge } from './types.ts';

/** Per thread where the two arrived together; two threads make a tie on its own. */
export const burstStrength = (threads: number) => Math.min(1, 0.25 * threads);

export function burstEdges(comments: readonly StoredComment[], flagged: ReadonlySet<AuthorKey>): NetworkEdge[] {
  const byThread = new Map<string, StoredComment[]>();
  for (const c of comments) {
    if (c.time === undefined || !flagged.has(c.authorKey)) continue;
    const list = byThread.get(c.threadUrl);
    if (list) list.push(c);
    else byThread.set(c.threadUrl, [c]);
  }
  const ties = new PairTies('burst');
  for (const thread of byThread.values()) {
    thread.sort((p, q) => p.time! - q.time! || (p.id < q.id ? -1 : 1));
    // One tie per pair per thread, citing the first two comments that came together.
    const cited = new Map<string, [AuthorKey, AuthorKey, string[]]>();
    let start = 0;
    for (let i = 0; i < thread.length; i++) {
      const c = thread[i]!;
      while (c.time! - thread[start]!.time! > 2 * HALF_WINDOW_MS) start++;
      for (let j = start; j < i; j++) {
        const o = thread[j]!;
        if (o.authorKey === c.authorKey) continue;
        const [a, b] = o.authorKey < c.authorKey ? [o.authorKey, c.authorKey] : [c.authorKey, o.authorKey];
        const key = `${a}\u0000${b}`;
        if (!cited.has(key)) cited.set(key, [a, b, [o.id, c.id]]);
      }
    }
    for (const [a, b, ids] of cited.values()) ties.add(a, b, ids);
  }
  return ties.edges((threads) => burstStrength(threads));
}
