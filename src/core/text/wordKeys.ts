// The Latin key of a word as written, remembered: words repeat across comments far more than
// texts do (53,831 IRA tweets: 778,298 words, 119,571 distinct), so homoglyph folding,
// lowercasing and spelling (latinKey.ts) run once per distinct word and script. An open-
// addressing table keyed by a hash the caller computes while scanning, compared letter by
// letter against the text, so a word seen before costs no substring and no string hashing.
// Bounded: emptied when it fills (about 10 MB at the bound), so a hostile stream cannot grow it.
// Each key's 32-bit hash (hashString32, what shingles are made of) is kept beside it, so the
// near-duplicate index never reads the key strings again.
import { hashString32 } from './hash32.ts';
import { foldHomoglyphs, type Script } from './homoglyphs.ts';
import { latinKey } from './latinKey.ts';

const SLOTS = 1 << 19;
/** Words remembered at most: the table stays under 40% full, so probes stay short. */
const MAX_FILLED = 200_000;
const MASK = SLOTS - 1;
const SCRIPT_CODE: Record<Script, number> = { cyrillic: 1, latin: 2, none: 3 };

const hashes = new Int32Array(SLOTS);
const scripts = new Uint8Array(SLOTS); // 0: empty slot
const words: string[] = new Array<string>(SLOTS).fill('');
const keys: string[] = new Array<string>(SLOTS).fill('');
const keyHashes = new Uint32Array(SLOTS);
let filled = 0;

/** hashString32 of the key the last wordKey call returned: a second result without an object per word. */
export const KEY_HASH = new Uint32Array(1);

/** Step of the word hash: the caller folds each code unit of the word in, starting from 0. */
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

const sameWord = (word: string, text: string, start: number, end: number): boolean => {
  if (word.length !== end - start) return false;
  for (let n = 0; n < word.length; n++) if (word.charCodeAt(n) !== text.charCodeAt(start + n)) return false;
  return true;
};

/** The key of text[start, end) read in `script`; `hash` is hashStep over those code units. */
export function wordKey(text: string, start: number, end: number, hash: number, script: Script): string {
  const code = SCRIPT_CODE[script];
  let slot = (hash ^ (hash >>> 15) ^ code) & MASK;
  while (scripts[slot] !== 0) {
    if (hashes[slot] === hash && scripts[slot] === code && sameWord(words[slot]!, text, start, end)) {
      KEY_HASH[0] = keyHashes[slot]!;
      return keys[slot]!;
    }
    slot = (slot + 1) & MASK;
  }

  const word = text.slice(start, end);
  const key = latinKey(foldHomoglyphs(word, script).toLowerCase());
  const keyHash = (KEY_HASH[0] = hashString32(key));
  if (filled >= MAX_FILLED) { scripts.fill(0); words.fill(''); keys.fill(''); filled = 0; return key; }
  hashes[slot] = hash; scripts[slot] = code; words[slot] = word; keys[slot] = key; keyHashes[slot] = keyHash;
  filled++;
  return key;
}
