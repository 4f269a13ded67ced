// The aggression signal's view of distorted words (text/evasions.ts undoes them): a cheap sign
// that a comment may hide an insult the lexicon lookup of its folded words cannot see, and the
// lookup of a word with masked letters ("зае%ал" read as "заеʔал").
import { hasMaskedLetter, MASK, undoInWords } from '../text/evasions.ts';
import { foldWords } from '../text/index.ts';
import { MAX_ENDING, type Stem, type StemIndex, type Word } from './aggressionLexicon.ts';

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

/** A word as written, folded on its own (so a match can be shown as the comment wrote it). */
export function readWord(raw: string): Word & { raw: string } {
  return { raw, key: foldWords(raw)[0] ?? '', plain: raw.normalize('NFKC').toLowerCase() };
}

/** The stem a read word spells: through its masked letters if it has any, else by lookup. */
export function stemOf(word: Word, stems: StemIndex): Stem | undefined {
  return word.plain.includes(MASK) ? maskedMatch(word.plain, stems) : stems.match(word);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A word as the aggression signal reads it: letters and digits, inner apostrophes kept. */
export const RAW_WORD = /[\p{L}\p{N}]+(?:['’ʼ`][\p{L}\p{N}]+)*/gu;
// What undoEvasions may change in a word once masks are ruled out: a digit, a letter three times over.
const MAY_CHANGE = /\p{N}|(\p{L})\1{2}/u;

/**
 * Whether undoing evasions could turn some word of the comment into an insult the folded-word
 * lookup cannot see: three single letters in a row (spaced out), a masking symbol between
 * letters, or a word with a digit or a letter three times over that undoEvasions turns into an
 * insult ("д3бил", "6ыдло", "дебиииил"). One pass over each folded word's code units first (this
 * runs on every comment scored); the text itself is read only behind a sign, through
 * undoEvasions itself, so the two cannot drift apart. A digit beside a letter is mostly an
 * ordinal, a model, a unit or a link id ("1st", "a321", "96hours", "t.co/wukM0U8R5B") and a
 * stretched word mostly a feeling ("Aaaaa", "ооочень"): those no longer cost a full read.
 */
export function mayBeDistorted(text: string, folded: readonly string[], insults: StemIndex): boolean {
  let singles = 0;
  let digitBesideLetter = false;
  let stretched = false;
  for (const key of folded) {
    singles = key.length === 1 ? singles + 1 : 0;
    if (singles >= 3) return true;
    for (let n = 1; n < key.length; n++) {
      const c = key.charCodeAt(n), before = key.charCodeAt(n - 1);
      if (isDigit(c) !== isDigit(before)) digitBesideLetter = true;
      else if (n >= 2 && c === before && c === key.charCodeAt(n - 2) && !isDigit(c)) stretched = true;
    }
  }
  return hasMaskedLetter(text) || ((digitBesideLetter || stretched) && hasRestoredInsult(text, insults));
}

/**
 * A word that undoEvasions changes into an insult, looked up as the full read looks it up.
 * Words are undone one by one, as undoing the whole text would change them: a mask was ruled out
 * before this, and a spaced run joins single letters only, never a word with a digit or a repeat.
 */
function hasRestoredInsult(text: string, insults: StemIndex): boolean {
  for (const raw of text.match(RAW_WORD) ?? []) {
    if (!MAY_CHANGE.test(raw)) continue;
    const word = undoInWords(raw);
    if (word !== raw && stemOf(readWord(word), insults)) return true;
  }
  return false;
}
