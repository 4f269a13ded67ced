// Undoes Cyrillic/Latin look-alike swaps ("прuвет" with a Latin u-lookalike, "Нello" with a
// Cyrillic Н): each word is rewritten in the script most of its distinctive letters use.
// The letter pairs come from the Unicode confusables table (homoglyphData.ts, generated).
import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from './homoglyphData.ts';

export type Script = 'cyrillic' | 'latin' | 'none';

const isCyrillic = (c: number) => (c >= 0x400 && c <= 0x52f) || (c >= 0x2de0 && c <= 0x2dff) || (c >= 0xa640 && c <= 0xa69f);
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);

/** Letters that identify a script: those with no look-alike in the other script. */
export function distinctiveLetters(word: string): { cyrillic: number; latin: number } {
  let cyrillic = 0, latin = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const ch = word[i]!;
    if (isCyrillic(c)) { if (CYRILLIC_TO_LATIN[ch] === undefined) cyrillic++; }
    else if (isLatin(c) && LATIN_TO_CYRILLIC[ch] === undefined) latin++;
  }
  return { cyrillic, latin };
}

/** Script a word is written in, or `fallback` when its distinctive letters do not decide. */
export function wordScript(word: string, fallback: Script): Script {
  const { cyrillic, latin } = distinctiveLetters(word);
  if (cyrillic > latin) return 'cyrillic';
  if (latin > cyrillic) return 'latin';
  return fallback;
}

/** Rewrites look-alike letters of `word` into `script` (case-sensitive: before lowercasing). */
export function foldHomoglyphs(word: string, script: Script): string {
  if (script === 'none') return word;
  const table = script === 'latin' ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC;
  let out = '';
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}
