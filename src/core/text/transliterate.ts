// Cyrillic → Latin in one of the schemes people use for Russian, Kazakh and Kyrgyz, and back
// for the Kazakh schemes. Used to make variants (tests, bench) and by foldText to read Latin.
import { KK_FROM_LATIN, TO_LATIN, type LatinScheme } from './latinSchemes.ts';

export type { LatinScheme };

/** Writes the Cyrillic letters of `text` in `scheme` (other characters pass through). */
export function transliterate(text: string, scheme: LatinScheme): string {
  const table = TO_LATIN[scheme];
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) out += ch;
    else if (lower === ch || latin === '') out += latin;
    else out += latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** Reads a lowercase Latin word written in a Kazakh scheme back into Cyrillic where it can. */
export function kazakhLatinToCyrillic(word: string, scheme: keyof typeof KK_FROM_LATIN): string {
  const rules = KK_FROM_LATIN[scheme];
  let out = '';
  for (let i = 0; i < word.length; ) {
    let matched = false;
    for (const [latin, cyrillic] of rules) {
      if (word.startsWith(latin, i)) {
        out += cyrillic;
        i += latin.length;
        matched = true;
        break;
      }
    }
    if (!matched) out += word[i++];
  }
  return out;
}
