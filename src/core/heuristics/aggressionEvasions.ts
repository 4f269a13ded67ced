// The aggression signal's view of distorted words (text/evasions.ts undoes them): a cheap sign
// that a comment may hide an insult the lexicon lookup of its folded words cannot see, and the
// lookup of a word with masked letters ("зае%ал" read as "заеʔал").
import { hasMaskedLetter, MASK } from '../text/evasions.ts';
import { MAX_ENDING, type Stem, type StemIndex } from './aggressionLexicon.ts';

/** A stem the masked word spells with at most two letters hidden and at least three shown. */
export function maskedMatch(word: string, stems: StemIndex): Stem | undefined {
  const masks = word.split(MASK).length - 1;
  if (masks > 2 || word.length - masks < 3) return undefined;
  return stems.stems.find((stem) => {
    const ending = word.length - stem.plain.length;
    if (ending < 0 || (stem.endings ? !stem.endings.includes(word.slice(stem.plain.length)) : ending > MAX_ENDING)) return false;
    for (let n = 0; n < stem.plain.length; n++) if (word[n] !== MASK && word[n] !== stem.plain[n]) return false;
    return true;
  });
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Signs of distortion: three single letters in a row, a letter three times over, a digit next
 * to a letter inside a word, or a masking symbol between letters. One pass over each folded
 * word's code units (this runs on every comment scored), regexes only when a mask sign is there
 * (hasMaskedLetter: the very pattern undoEvasions restores, so the two cannot drift apart).
 */
export function mayBeDistorted(text: string, folded: readonly string[]): boolean {
  let singles = 0;
  for (const key of folded) {
    singles = key.length === 1 ? singles + 1 : 0;
    if (singles >= 3) return true;
    for (let n = 1; n < key.length; n++) {
      const c = key.charCodeAt(n), before = key.charCodeAt(n - 1);
      if (isDigit(c) !== isDigit(before) || (n >= 2 && c === before && c === key.charCodeAt(n - 2) && !isDigit(c))) return true;
    }
  }
  return hasMaskedLetter(text);
}
