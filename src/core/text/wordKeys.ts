// The Latin key of a word as written, remembered: words repeat across comments far more than
// texts do (53,831 IRA tweets: 778,298 words, 119,571 distinct), so homoglyph folding,
// lowercasing and spelling (latinKey.ts) run once per distinct word and script. An open-
// addressing table keyed by a hash the caller computes while scanning, compared letter by
// letter against the text, so a word seen before costs no substring and no string hashing.
// Bounded: emptied when it fills (about 12 MB at the bound), so a hostile stream cannot grow it.
//
// Laid out for the memory cache, because a lookup per word is most of folding: each slot is four
// integers side by side (the word's hash, where its letters start in one shared letter store,
// its length and script, and its key's hashString32, what shingles are made of), so one cache
// line answers "is this the word?" up to the letter compare, and the key string is read only
// once found. No string per remembered word is kept, only its letters.
import { hashString32 } from './hash32.ts';
import { foldHomoglyphs, type Script } from './homoglyphs.ts';
import { latinKey } from './latinKey.ts';

const SLOTS = 1 << 19;
/** Words remembered at most: the table stays under 40% full, so probes stay short. */
const MAX_FILLED = 200_000;
/** Longer "words" (a hostile run of letters) are spelled each time, not remembered. */
const MAX_LENGTH = 1 << 16;
const MASK = SLOTS - 1;
const SCRIPT_CODE: Record<Script, number> = { cyrillic: 1, latin: 2, none: 3 };

// Slot n at slots[4n..4n+3]: hash, start in `letters`, (length << 2 | script code), key hash.
// The third is 0 for an empty slot (script codes start at 1).
const slots = new Int32Array(SLOTS * 4);
const keys: string[] = new Array<string>(SLOTS).fill('');
let letters = new Uint16Array(1 << 20);
let lettersUsed = 0;
let filled = 0;

/** hashString32 of the key the last wordKey call returned: a second result without an object per word. */
export const KEY_HASH = new Uint32Array(1);

/** Step of the word hash: the caller folds each code unit of the word in, starting from 0. */
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

const sameLetters = (at: number, text: string, start: number, end: number): boolean => {
  for (let n = start; n < end; n++) if (letters[at++] !== text.charCodeAt(n)) return false;
  return true;
};

/** The key of text[start, end) read in `script`; `hash` is hashStep over those code units. */
export function wordKey(text: string, start: number, end: number, hash: number, script: Script): string {
  const code = SCRIPT_CODE[script];
  const length = end - start;
  const meta = (length << 2) | code;
  let slot = (hash ^ (hash >>> 15) ^ code) & MASK;
  for (;;) {
    const at = slot << 2;
    const found = slots[at + 2]!;
    if (found === 0) break;
    if (found === meta && slots[at] === hash && sameLetters(slots[at + 1]!, text, start, end)) {
      KEY_HASH[0] = slots[at + 3]!;
      return keys[slot]!;
    }
    slot = (slot + 1) & MASK;
  }

  const key = latinKey(foldHomoglyphs(text.slice(start, end), script).toLowerCase());
  const keyHash = (KEY_HASH[0] = hashString32(key));
  if (length >= MAX_LENGTH) return key;
  if (filled >= MAX_FILLED) { forget(); return key; }
  if (lettersUsed + length > letters.length) {
    const wider = new Uint16Array(Math.max(letters.length * 2, lettersUsed + length));
    wider.set(letters.subarray(0, lettersUsed));
    letters = wider;
  }
  for (let n = start; n < end; n++) letters[lettersUsed + n - start] = text.charCodeAt(n);
  const at = slot << 2;
  slots[at] = hash; slots[at + 1] = lettersUsed; slots[at + 2] = meta; slots[at + 3] = keyHash;
  keys[slot] = key;
  lettersUsed += length;
  filled++;
  return key;
}

function forget(): void {
  slots.fill(0);
  keys.fill('');
  lettersUsed = 0;
  filled = 0;
}
