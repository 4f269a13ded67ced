// The one spelling every script variant of a word folds to: a lossy Latin key. Cyrillic is
// spelled out letter by letter, then the spellings people vary (sh/sch/shch, kh/x/h, ts/c,
// y/j/i next to vowels, yo/jo for ё, w for v, apostrophes for ь) are reduced to one form.
// Kazakh/Kyrgyz letters keep their own key letters (қ→q, ғ→ğ, ң→ñ, ө→ö, ұ→ū, ү→ü, і→ı,
// ә→ä), so "қол" (hand) and "кол", "өл" (die) and "ол" (he) stay different words.

import { CYRILLIC_TO_LATIN } from './homoglyphData.ts';

const CYRILLIC_KEY: Readonly<Record<string, string>> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z',
  и: 'i', й: 'y', і: 'ı', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'c',
  ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian/Belarusian letters that appear in Russian-language comments.
  є: 'e', ї: 'i', ў: 'u', ґ: 'g',
};
const KEY_BY_CODE: (string | undefined)[] = new Array<string | undefined>(0x530);
for (const [from, to] of Object.entries(CYRILLIC_KEY)) KEY_BY_CODE[from.charCodeAt(0)] = to;
// Other Cyrillic letters (ѕ, ј, ԁ …) occur only as look-alikes: key them as the Latin letter.
for (const [from, to] of Object.entries(CYRILLIC_TO_LATIN)) {
  const code = from.toLowerCase().charCodeAt(0);
  if (code < 0x530 && KEY_BY_CODE[code] === undefined) KEY_BY_CODE[code] = to.toLowerCase();
}

const VOWEL = new Set([...'aeiouäöüūı'].map((ch) => ch.charCodeAt(0)));
const isApostrophe = (ch: number) => ch === 0x27 || ch === 0x2019 || ch === 0x2bc || ch === 0x60;
// Char codes of c h j k o s t w x y z.
const c_ = 99, h = 104, j = 106, k = 107, o = 111, s = 115, t = 116, w = 119, x = 120, y = 121, z = 122;

const CHUNK = 4096;
// Reused code-unit buffers: this runs on every word of every comment, so no per-letter strings.
let raw = new Uint16Array(64);
let out = new Uint16Array(64);

/** Spells a lowercase word (Cyrillic, Latin or both) as its reduced Latin key. */
export function latinKey(word: string): string {
  if (raw.length < word.length * 2 + 5) { raw = new Uint16Array(word.length * 2 + 5); out = new Uint16Array(raw.length); }
  let len = 0;
  for (let n = 0; n < word.length; n++) {
    const code = word.charCodeAt(n);
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks lowercasing can add (İ → i̇)
    if (isApostrophe(code)) continue; // ь typed as ' (pitat'sya): dropped before the rules see pairs
    const key = code < 0x530 ? KEY_BY_CODE[code] : undefined;
    if (key === undefined) raw[len++] = code;
    else for (let m = 0; m < key.length; m++) raw[len++] = key.charCodeAt(m);
  }
  raw[len] = 0; raw[len + 1] = 0; raw[len + 2] = 0; raw[len + 3] = 0;
  // Rules can meet across what they emit (k+x → kh → h), so repeat until nothing changes: that is
  // what makes foldText idempotent. Almost every word settles on the second pass.
  for (let pass = 0; pass < 8; pass++) {
    const m = reduceSpelling(len);
    let same = m === len;
    for (let n = 0; same && n < m; n++) same = out[n] === raw[n];
    if (same) break;
    raw.set(out.subarray(0, m));
    raw[m] = 0; raw[m + 1] = 0; raw[m + 2] = 0; raw[m + 3] = 0;
    len = m;
  }
  // apply takes the typed array as it is (spreading it walks an iterator per letter); in chunks,
  // because a call takes only so many arguments and a hostile "word" can be any length.
  if (len <= CHUNK) return String.fromCharCode.apply(null, raw.subarray(0, len) as unknown as number[]);
  let key = '';
  for (let n = 0; n < len; n += CHUNK) key += String.fromCharCode.apply(null, raw.subarray(n, Math.min(len, n + CHUNK)) as unknown as number[]);
  return key;
}

/** The first letter (j read as its i) after a run of y (apostrophes are dropped, so skipped) starting at n: a run next to a vowel becomes all i. */
function afterYs(n: number): number {
  while (raw[n] === y || isApostrophe(raw[n]!)) n++;
  return raw[n] === j ? 0x69 : raw[n]!; // j always becomes i, a vowel
}

/** One left-to-right pass over `raw` into `out`; returns the output length. */
function reduceSpelling(len: number): number {
  let m = 0;
  for (let n = 0; n < len; ) {
    const ch = raw[n]!;
    const next = raw[n + 1]!;
    if (ch === s && next === h && raw[n + 2] === c_ && raw[n + 3] === h) { out[m++] = s; out[m++] = h; n += 4; }
    else if (ch === s && next === c_ && raw[n + 2] === h) { out[m++] = s; out[m++] = h; n += 3; }
    else if (ch === k && (next === h || next === x)) { out[m++] = h; n += 2; }
    else if (ch === t && (next === s || next === z)) { out[m++] = c_; n += 2; }
    else if ((ch === y || ch === j) && next === o) { out[m++] = 0x65; n += 2; }
    else if (ch === x) { out[m++] = h; n++; }
    else if (ch === w) { out[m++] = 0x76; n++; }
    else if (isApostrophe(ch)) n++;
    else if (ch === j || (ch === y && (VOWEL.has(afterYs(n)) || (m > 0 && VOWEL.has(out[m - 1]!))))) { out[m++] = 0x69; n++; }
    else { out[m++] = ch; n++; }
  }
  return m;
}
