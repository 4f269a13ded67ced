// Undoes the distortions people use to slip an insult past a filter, so the aggression lexicon
// can read the word meant (seen in ../shared/data/ru_vk_distorted_toxicity, where the
// annotator restored them): digits for look-alike letters inside a word ("д3бил", "m0r0n"),
// letters stretched by repetition ("дебиииил"), letters spaced apart ("д е б и л", "д.е.б.и.л"),
// and masking symbols for a letter ("зае%ал", "д*бил"), kept as MASK for a wildcard match.
// Latin letters inside Cyrillic words need nothing here: the Latin key already spells both alike.
// Used only to look words up in the lexicon; copies and near-duplicates keep the plain fold.

/** Stands for one masked letter ("*", "%", "#", "$" between letters; not "@": emails); a letter to regexes. */
export const MASK = 'ʔ';

const CYRILLIC = /\p{Script=Cyrillic}/u;
// Digits read as the Cyrillic or Latin letter they resemble, only inside a word that has letters;
// a Cyrillic 3 is з or е, so it becomes a mask.
const DIGIT_CYRILLIC: Readonly<Record<string, string>> = { '0': 'о', '3': MASK, '4': 'ч', '6': 'б' };
const DIGIT_LATIN: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const LETTERS_AND_DIGITS = /[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*/gu;
const HAS_DIGIT = /\p{N}/u;
// Three or more of one letter: no Russian, Kazakh, Kyrgyz or English word has that.
const STRETCHED = /(\p{L})\1{2,}/gu;
// Three or more single letters in a row, split by one space, dot, hyphen or underscore.
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_]\p{L}(?![\p{L}\p{N}])){2,}/gu;
// Masking symbols with a letter on each side (or two masks in a row between letters).
const MASKED = /(?<=\p{L})[*%#$]{1,2}(?=\p{L})/gu;
// The same pattern without the global flag: `test` then keeps no lastIndex between texts.
const MASKED_ONCE = new RegExp(MASKED.source, 'u');
const MASK_SIGN = /[*%#$]/u;

/** Whether `text` hides a letter behind a masking symbol ("д*бил"), as undoEvasions reads it. */
export function hasMaskedLetter(text: string): boolean {
  // Most texts have no masking symbol at all: one cheap scan before the lookbehind.
  return MASK_SIGN.test(text) && MASKED_ONCE.test(text);
}

/** `text` with digit, stretched, spaced and masked letters restored as far as they can be. */
export function undoEvasions(text: string): string {
  return undoInWords(text
    .replace(SPACED, (run) => run.replace(/[ .\-_]/gu, ''))
    .replace(MASKED, (masks) => MASK.repeat(masks.length)));
}

/**
 * The steps of undoEvasions that stay inside one word: digits read as letters, stretched letters
 * made single. On a text with no masked or spaced letters this is undoEvasions, without its
 * two whole-text scans (the aggression signal's first look runs it on single words).
 */
export function undoInWords(text: string): string {
  return text.replace(LETTERS_AND_DIGITS, (word) => (HAS_DIGIT.test(word) ? withLetters(word) : word)).replace(STRETCHED, '$1');
}

function withLetters(word: string): string {
  const table = CYRILLIC.test(word) ? DIGIT_CYRILLIC : DIGIT_LATIN;
  // A number with a unit or a suffix ("5g", "2022й", "3d") keeps its digits: only a word whose
  // digits sit between letters or start a word of letters is distorted.
  // Ids and codes ("id10722607", "a1b2c3d4") are mostly digits: a distorted word is mostly letters.
  const digits = word.replace(/\P{N}/gu, '').length;
  if (digits > word.length - digits || !/\p{L}\p{N}|\p{N}\p{L}.*\p{L}/u.test(word) || /^\p{N}+\p{L}{0,2}$/u.test(word)) return word;
  return word.replace(/\p{N}/gu, (d) => table[d] ?? d);
}
