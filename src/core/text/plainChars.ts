// Character classes for the fast fold (foldText.ts), one byte per UTF-16 code unit, derived at
// load time from the very operations the reference fold (foldReference.ts) applies, so the two
// cannot drift apart: a "plain" character is one that NFKC, invisible-character and mark
// removal leave alone and whose lowercase is one context-free code unit. Texts made only of
// plain characters (most Russian, Kazakh, Kyrgyz and English comments) take the fast path.
import { scriptLean } from './homoglyphs.ts';

/** Bit flags per code unit. */
export const PLAIN = 1;
/** A letter or digit: part of a word. */
export const WORD_CHAR = 2;
/** An apostrophe a word may continue through (' ’ ʼ `). */
export const APOSTROPHE = 4;
/** Lowercases to a letter the Kazakh Latin scheme test looks for (accents, ğ ñ ı …, apostrophes). */
export const SCHEME_HINT = 8;
/** The same letters without the apostrophes: alone, apostrophes count only two or more in words. */
export const SCHEME_LETTER = 16;

/** Every UTF-16 code unit has a class (surrogates none: plainText.ts reads them as pairs). */
export const TABLE_SIZE = 0x10000;
export const CHAR_CLASS = new Uint8Array(TABLE_SIZE);
/** scriptLean of each single code unit: +1 distinctly Cyrillic, −1 distinctly Latin, else 0. */
export const CHAR_LEAN = new Int8Array(TABLE_SIZE);

// Latin, Cyrillic, the modifier apostrophe and general punctuation only: Greek's final sigma
// lowercases by context, and some scripts compose two letters (Hangul jamo) under NFKC.
// U+FFFD stands for bytes a source could not decode: a separator like any symbol.
const IN_SCOPE = (c: number) => c < 0x250 || c === 0x2bc || (c >= 0x400 && c < 0x530) || (c >= 0x2000 && c < 0x2100) || c === 0xfffd;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const INVISIBLE = /^[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]$/u;
const SCHEME_LETTERS = /^[áǵńóúýäğñŋöūüşçıï'’ʼ]$/u;

for (let c = 0; c < TABLE_SIZE; c++) {
  if (!IN_SCOPE(c)) continue;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const plain = ch.normalize('NFKC') === ch && !MARK.test(ch) && !INVISIBLE.test(ch) && lower.length === 1;
  if (!plain) continue;
  let flags = PLAIN;
  if (LETTER_OR_DIGIT.test(ch)) flags |= WORD_CHAR;
  if (ch === "'" || ch === '’' || ch === 'ʼ' || ch === '`') flags |= APOSTROPHE;
  if (SCHEME_LETTERS.test(lower)) flags |= SCHEME_HINT;
  if (SCHEME_LETTERS.test(lower) && (flags & APOSTROPHE) === 0) flags |= SCHEME_LETTER;
  CHAR_CLASS[c] = flags;
  CHAR_LEAN[c] = scriptLean(ch);
}
