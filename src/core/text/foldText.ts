// Folds a comment to the form in which evasions collide (what and why: foldReference.ts, the
// reference fold). This is the same fold made fast, because it runs on every comment Kuzet
// scores: a plain text (plainText.ts; most comments, or their NFKC form) is cut into words by
// one scan over its code units, links are looked for only in tokens that may hold one
// (linkTokens.ts), and each word's key comes from a table of words already spelled
// (wordKeys.ts). Anything else (other scripts, marks, invisible characters, a text in a
// Kazakh Latin alphabet) goes to the reference; a test checks both agree on all real texts.
import { foldWordsReference, MENTION } from './foldReference.ts';
import { foldHomoglyphs, scriptLean, type Script } from './homoglyphs.ts';
import { kazakhSchemeOf } from './latinSchemeOf.ts';
import { replaceLinks } from './linkTokens.ts';
import { APOSTROPHE, CHAR_CLASS, CHAR_LEAN, SCHEME_HINT, SCHEME_LETTER, WORD_CHAR } from './plainChars.ts';
import { plainFlags } from './plainText.ts';
import { hashString32 } from './hash32.ts';
import { hashStep, KEY_HASH, wordKey } from './wordKeys.ts';

const URL_LEAN = scriptLean('_url_');
const AT_LEAN = scriptLean('_at_');
const UNDERSCORE = 0x5f;
const PLACEHOLDER_START = -1;

// Words of the text being folded, as [start, end) with their hash and script lean; reused.
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let hashes = new Int32Array(256);
let leans = new Int32Array(256);
// hashString32 of each word key kept (placeholders left out) during the last fast fold.
let keyHashes = new Uint32Array(256);
let contentCount = 0;

// Module-level, not closures in foldWords: no function object per comment.
const scriptOf = (n: number, fallback: Script): Script => (leans[n]! > 0 ? 'cyrillic' : leans[n]! < 0 ? 'latin' : fallback);
const placeholder = (n: number) => (ends[n] === 5 ? '_url_' : '_at_');

function grow(): void {
  const wider = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
  starts = wider(starts); ends = wider(ends); hashes = wider(hashes); leans = wider(leans);
  const k = new Uint32Array(keyHashes.length * 2); k.set(keyHashes); keyHashes = k;
}

/** A text's folded words, with hashString32 of each one that is not a placeholder, in order. */
export interface FoldedWords {
  words: string[];
  /** What shingles are made of (shingleHashesOf): `_url_` and `_at_` are not words of the text. */
  content: Uint32Array;
}

const isPlaceholder = (w: string) => w === '_url_' || w === '_at_';

/** foldWords and the content words' hashes in one pass (the near-duplicate index needs both). */
export function foldWordsWithHashes(text: string): FoldedWords {
  contentCount = -1;
  const words = foldWords(text);
  if (contentCount < 0) {
    // The reference fold ran: hash its keys here (rare: other scripts, marks, Kazakh Latin).
    const content = words.filter((w) => !isPlaceholder(w));
    const hashed = new Uint32Array(content.length);
    for (let n = 0; n < content.length; n++) hashed[n] = hashString32(content[n]!);
    return { words, content: hashed };
  }
  return { words, content: keyHashes.slice(0, contentCount) };
}

/** The folded words of `text`, in order; equal to foldWordsReference(text) for every text. */
export function foldWords(text: string): string[] {
  let hints = plainFlags(text);
  if (hints < 0) {
    text = text.normalize('NFKC'); // what the reference does first; idempotent
    hints = plainFlags(text);
    if (hints < 0) return foldWordsReference(text);
  }
  if (text.includes('/') || text.includes('www.')) text = replaceLinks(text);
  if (text.includes('@')) text = text.replace(MENTION, ' _at_ ');
  let count = 0;
  let total = 0;
  let apostrophes = 0; // inside words: the only ones the scheme test can see
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (count === starts.length) grow();
    if ((CHAR_CLASS[c]! & WORD_CHAR) !== 0) {
      const start = i;
      let lean = 0, hash = 0;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        const flags = CHAR_CLASS[d]!;
        // An apostrophe continues the word (Kazakh 2017 a', informal ь), letters after it or not.
        if ((flags & (WORD_CHAR | APOSTROPHE)) === 0) break;
        if ((flags & APOSTROPHE) !== 0) apostrophes++;
        lean += CHAR_LEAN[d]!; // 0 for apostrophes
        hash = hashStep(hash, d); i++;
      }
      starts[count] = start; ends[count] = i; hashes[count] = hash; leans[count++] = lean; total += lean;
    } else if (c === UNDERSCORE && text.startsWith('_url_', i)) {
      starts[count] = PLACEHOLDER_START; ends[count] = 5; leans[count++] = URL_LEAN; total += URL_LEAN; i += 5;
    } else if (c === UNDERSCORE && text.startsWith('_at_', i)) {
      starts[count] = PLACEHOLDER_START; ends[count] = 4; leans[count++] = AT_LEAN; total += AT_LEAN; i += 4;
    } else i++;
  }
  const fallback: Script = total > 0 ? 'cyrillic' : total < 0 ? 'latin' : 'none';
  // A Kazakh Latin alphabet reads every Latin word differently: rare, so the reference does it.
  // Its test needs one of its letters or two apostrophes in words (kazakhSchemeOf: the 2017
  // alphabet's a' o' …); one apostrophe (English "it's", Russian den'gi) cannot make a scheme.
  if ((hints & SCHEME_LETTER) !== 0 || ((hints & SCHEME_HINT) !== 0 && apostrophes >= 2)) {
    const lower: string[] = [];
    for (let n = 0; n < count; n++) lower.push(starts[n] === PLACEHOLDER_START ? placeholder(n) : foldHomoglyphs(text.slice(starts[n], ends[n]), scriptOf(n, fallback)).toLowerCase());
    if (kazakhSchemeOf(lower.join(' ')) !== null) return foldWordsReference(text);
  }
  const out: string[] = [];
  let content = 0;
  for (let n = 0; n < count; n++) {
    if (starts[n] === PLACEHOLDER_START) { out.push(placeholder(n)); continue; }
    const key = wordKey(text, starts[n]!, ends[n]!, hashes[n]!, scriptOf(n, fallback));
    if (key !== '') { out.push(key); keyHashes[content++] = KEY_HASH[0]!; }
  }
  contentCount = content;
  return out;
}

/** `text` folded to space-separated keys; idempotent: foldText(foldText(x)) === foldText(x). */
export function foldText(text: string): string {
  return foldWords(text).join(' ');
}
