// Undoes Cyrillic/Latin look-alike swaps ("прuвет" with a Latin u-lookalike, "Нello" with a
// Cyrillic Н): each word is rewritten in the script most of its distinctive letters use.
// The letter pairs come from the Unicode confusables table (homoglyphData.ts, generated).
// Lookups go through arrays indexed by UTF-16 code unit: this runs on every word of every comment.
import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from './homoglyphData.ts';

export type Script = 'cyrillic' | 'latin' | 'none';

const TABLE_SIZE = 0xa6a0;
const toLatin: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
const toCyrillic: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
for (const [from, to] of Object.entries(CYRILLIC_TO_LATIN)) toLatin[from.charCodeAt(0)] = to;
for (const [from, to] of Object.entries(LATIN_TO_CYRILLIC)) toCyrillic[from.charCodeAt(0)] = to;

const isCyrillic = (c: number) => (c >= 0x400 && c <= 0x52f) || (c >= 0x2de0 && c <= 0x2dff) || (c >= 0xa640 && c <= 0xa69f);
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);

/** Distinctive letters (those with no look-alike in the other script): cyrillic − latin count. */
export function scriptLean(word: string): number {
  let lean = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isCyrillic(c)) { if (toLatin[c] === undefined) lean++; }
    else if (isLatin(c) && toCyrillic[c] === undefined) lean--;
  }
  return lean;
}

/** Script a word with this lean is written in, or `fallback` when its letters do not decide. */
export function scriptOf(lean: number, fallback: Script): Script {
  return lean > 0 ? 'cyrillic' : lean < 0 ? 'latin' : fallback;
}

/** Rewrites look-alike letters of `word` into `script` (case-sensitive: before lowercasing). */
export function foldHomoglyphs(word: string, script: Script): string {
  if (script === 'none') return word;
  const table = script === 'latin' ? toLatin : toCyrillic;
  let i = 0;
  while (i < word.length && table[word.charCodeAt(i)] === undefined) i++;
  if (i === word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) out += table[word.charCodeAt(i)] ?? word[i];
  return out;
}
