// Ties from the same or nearly the same text: the near-duplicate groups the copypasta signal
// uses (MinHash/LSH, then Jaccard or SimHash), over the flagged accounts' comments only. Each
// account that repeated a text is tied to the group's first poster (a star, not every pair), so
// a text copied by a hundred accounts gives ninety-nine edges, not five thousand.
import type { StoredComment } from '../model.ts';
import { foldedWords } from '../heuristics/commentWords.ts';
import { nearDuplicateGroups } from '../heuristics/nearDuplicates.ts';
import { PairTies } from './pairs.ts';
import type { NetworkEdge } from './types.ts';

/** One shared text of six words or more between flagged accounts already ties them; more is surer. */
export const sameTextStrength = (texts: number) => Math.min(1, 0.6 + 0.2 * (texts - 1));

export function sameTextEdges(comments: readonly StoredComment[]): NetworkEdge[] {
  const ties = new PairTies('sameText');
  for (const group of nearDuplicateGroups(comments, (c) => foldedWords(c.text))) {
    const first = group[0]!;
    const seen = new Set([first.authorKey]);
    for (const c of group) {
      if (seen.has(c.authorKey)) continue;
      seen.add(c.authorKey);
      ties.add(first.authorKey, c.authorKey, [first.id, c.id]);
    }
  }
  return ties.edges((count) => sameTextStrength(count));
}
