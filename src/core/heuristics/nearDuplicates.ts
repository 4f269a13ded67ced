// Groups comments whose texts are the same or nearly the same (a word changed, homoglyphs,
// transliteration, links, case), once per scoring context: MinHash/LSH proposes candidates in
// constant time per comment, then a candidate counts when word-pair shingles overlap with
// Jaccard >= 0.8 or the 64-bit SimHashes differ in <= 3 bits. Short texts are left out: stock
// phrases ("thanks for sharing") say nothing about coordination, and retweets are the platform's copies.
import type { StoredComment } from '../model.ts';
import { hamming64, jaccardSorted, LshIndex, MinHasher, shingleHashes, simhash64, type SimHash64 } from '../text/index.ts';
import type { ScoringContext } from './context.ts';
import { byPostingOrder, memoised } from './contextIndex.ts';
import { foldedText, NEAR_DUPLICATE_MIN_WORDS } from './commentWords.ts';
import { isRetweet } from './retweet.ts';

/** Fewer words than this (links and mentions not counted) are stock phrases, not evidence. */
export const MIN_WORDS = NEAR_DUPLICATE_MIN_WORDS;
export const MIN_JACCARD = 0.8;
export const MAX_SIMHASH_DISTANCE = 3;
// 10 bands × 4 rows: a pair at Jaccard 0.8 becomes a candidate with probability 0.995, at
// half the hashing of the text module's default (16 × 5, tuned for the million-text bench).
const BANDS = 10;
const ROWS = 4;
/** The hash functions of every index built here (LshIndex's default seed): a text's signature can be kept. */
const HASHER = new MinHasher(BANDS * ROWS);
const SIGNATURE = BANDS * ROWS;

/** Comments carrying one text (or near-copies of it), in posting order; singletons are dropped. */
export type TextGroup = readonly StoredComment[];

const isWord = (w: string) => w !== '_url_' && w !== '_at_';

/** A comment long enough to compare: its shingles and (when asked) SimHash. */
interface Item {
  comment: StoredComment;
  shingles: Uint32Array;
  simhash: SimHash64 | undefined;
}

export function nearDuplicateGroups(
  comments: readonly StoredComment[],
  wordsOf: (c: StoredComment) => readonly string[],
): TextGroup[] {
  const kept: Item[] = [];
  for (const comment of comments) {
    if (isRetweet(comment.text)) continue;
    const words = wordsOf(comment).filter(isWord);
    if (words.length < MIN_WORDS) continue;
    kept.push({ comment, shingles: shingleHashes(words, 2), simhash: undefined });
  }
  return groupNearDuplicates(kept, (item) => wordsOf(item.comment).filter(isWord));
}

/**
 * The same groups from the memo of folded texts (commentWords.ts): the shingles were made from
 * the fold's word hashes, once per distinct text, however often it is posted or rescored.
 */
function foldedNearDuplicateGroups(comments: readonly StoredComment[]): TextGroup[] {
  const kept: Item[] = [];
  for (const comment of comments) {
    const { shingles } = foldedText(comment.text);
    if (shingles !== null && !isRetweet(comment.text)) kept.push({ comment, shingles, simhash: undefined });
  }
  return groupNearDuplicates(kept, (item) => foldedText(item.comment.text).words.filter(isWord));
}

/** Union of every LSH candidate pair that verifies (Jaccard or SimHash), as posting-ordered groups. */
function groupNearDuplicates(kept: Item[], contentWords: (item: Item) => readonly string[]): TextGroup[] {
  // SimHash only for the few comments that have a candidate: most have none.
  const simhashOf = (item: Item) => (item.simhash ??= simhash64(contentWords(item)));
  const index = new LshIndex<number>({ capacity: Math.max(1, kept.length), bands: BANDS, rows: ROWS });
  // One signature at a time: the index keeps only its band keys.
  const signature = new Uint32Array(SIGNATURE);
  const parent = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) parent[i] = i;
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  let joined = false;
  for (let i = 0; i < kept.length; i++) {
    const item = kept[i]!;
    HASHER.signature(item.shingles, signature);
    for (const j of index.querySignature(signature)) {
      const other = kept[j]!;
      if (root(i) === root(j)) continue;
      if (jaccardSorted(item.shingles, other.shingles) >= MIN_JACCARD || hamming64(simhashOf(item), simhashOf(other)) <= MAX_SIMHASH_DISTANCE) {
        parent[root(i)] = root(j);
        joined = true;
      }
    }
    index.addSignature(i, signature);
  }
  if (!joined) return [];
  const groups = new Map<number, StoredComment[]>();
  for (let i = 0; i < kept.length; i++) {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(kept[i]!.comment);
    else groups.set(r, [kept[i]!.comment]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort(byPostingOrder));
}

/** The context's near-duplicate groups, computed once per scoring context. */
export function contextNearDuplicates(context: ScoringContext): TextGroup[] {
  return memoised(context, 'nearDuplicates', () => foldedNearDuplicateGroups(context.comments));
}
