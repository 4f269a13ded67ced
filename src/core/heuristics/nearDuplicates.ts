// Groups comments whose texts are the same or nearly the same (a word changed, homoglyphs,
// transliteration, links, case), once per scoring context: MinHash/LSH proposes candidates in
// constant time per comment, then a candidate counts when word-pair shingles overlap with
// Jaccard >= 0.8 or the 64-bit SimHashes differ in <= 3 bits. Short texts are left out: stock
// phrases ("thanks for sharing") say nothing about coordination, and retweets are the platform's copies.
import type { StoredComment } from '../model.ts';
import { hamming64, jaccardSorted, LshIndex, shingleHashes, simhash64, type SimHash64 } from '../text/index.ts';
import type { ScoringContext } from './context.ts';
import { byPostingOrder, memoised } from './contextIndex.ts';
import { commentWords } from './commentWords.ts';
import { isRetweet } from './retweet.ts';

/** Fewer words than this (links and mentions not counted) are stock phrases, not evidence. */
export const MIN_WORDS = 6;
export const MIN_JACCARD = 0.8;
export const MAX_SIMHASH_DISTANCE = 3;

/** Comments carrying one text (or near-copies of it), in posting order; singletons are dropped. */
export type TextGroup = readonly StoredComment[];

const isWord = (w: string) => w !== '_url_' && w !== '_at_';

export function nearDuplicateGroups(
  comments: readonly StoredComment[],
  wordsOf: (c: StoredComment) => readonly string[],
): TextGroup[] {
  const kept: { comment: StoredComment; words: string[]; shingles: Uint32Array; simhash?: SimHash64 }[] = [];
  for (const comment of comments) {
    if (isRetweet(comment.text)) continue;
    const words = wordsOf(comment).filter(isWord);
    if (words.length < MIN_WORDS) continue;
    kept.push({ comment, words, shingles: shingleHashes(words, 2) });
  }
  // SimHash only for the few comments that have a candidate: most have none.
  const simhashOf = (item: (typeof kept)[number]) => (item.simhash ??= simhash64(item.words));
  // 10 bands × 4 rows: a pair at Jaccard 0.8 becomes a candidate with probability 0.995, at
  // half the hashing of the text module's default (16 × 5, tuned for the million-text bench).
  const index = new LshIndex<number>({ capacity: Math.max(1, kept.length), bands: 10, rows: 4 });
  const parent = kept.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const signature = new Uint32Array(index.bands * index.rows);
  kept.forEach((item, i) => {
    index.hasher.signature(item.shingles, signature);
    for (const j of index.querySignature(signature)) {
      const other = kept[j]!;
      if (root(i) === root(j)) continue;
      if (jaccardSorted(item.shingles, other.shingles) >= MIN_JACCARD || hamming64(simhashOf(item), simhashOf(other)) <= MAX_SIMHASH_DISTANCE) {
        parent[root(i)] = root(j);
      }
    }
    index.addSignature(i, signature);
  });
  const groups = new Map<number, StoredComment[]>();
  kept.forEach((item, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(item.comment);
    else groups.set(r, [item.comment]);
  });
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort(byPostingOrder));
}

/** The context's near-duplicate groups, computed once per scoring context. */
export function contextNearDuplicates(context: ScoringContext): TextGroup[] {
  return memoised(context, 'nearDuplicates', () => nearDuplicateGroups(context.comments, commentWords(context)));
}
