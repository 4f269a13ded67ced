// The persistent near-duplicate text index's keys: a comment's MinHash signature cut into LSH
// bands, each band one short string the database indexes (multi-entry). Two comments sharing a
// band key are candidates only; scoring verifies them (heuristics/nearDuplicates.ts), so the
// index may over-propose but must not miss: 10 bands × 4 rows, as the scorer itself uses, finds a
// pair at Jaccard 0.8 with probability 0.995. Pure: the same text gives the same keys everywhere.
import { foldedWords } from '../heuristics/commentWords.ts';
import { MIN_WORDS } from '../heuristics/nearDuplicates.ts';
import { mix32 } from '../text/hash32.ts';
import { MinHasher, shingleHashes } from '../text/index.ts';

export const TEXT_BANDS = 10;
export const TEXT_ROWS = 4;

const hasher = new MinHasher(TEXT_BANDS * TEXT_ROWS);
const isWord = (w: string) => w !== '_url_' && w !== '_at_';

/** Band keys of a comment's text; none for texts too short to be evidence (stock phrases). */
export function textBands(text: string): string[] {
  const words = foldedWords(text).filter(isWord);
  if (words.length < MIN_WORDS) return [];
  const signature = hasher.signature(shingleHashes(words, 2));
  const keys: string[] = [];
  for (let b = 0; b < TEXT_BANDS; b++) {
    let h = 0x27d4eb2f ^ b;
    for (let r = 0, i = b * TEXT_ROWS; r < TEXT_ROWS; r++, i++) h = mix32(h ^ signature[i]!);
    keys.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}
