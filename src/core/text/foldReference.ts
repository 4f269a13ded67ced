// The reference fold, one clear step per regex: foldText.ts scans plain texts faster and falls
// back to this for the rest, and a test checks that both agree on every real text of
// ../shared/data. It folds a comment to the form in which evasions collide: Unicode NFKC,
// zero-width and combining marks removed, links → `_url_`, @mentions → `_at_`, emoji and
// punctuation dropped, Cyrillic/Latin homoglyphs undone, case folded, and every word spelled as
// one Latin key (latinKey.ts) so "привет", "privet", "пpивeт" and Kazakh "qazaq"/"қазақ" meet.
//
// Why placeholders for links and mentions: the URL and the addressee change between copies of
// a campaign (shorteners, tracking, replying to different people), their presence does not.
// Why emoji are dropped: adding or swapping one is the cheapest way to make a copy look new.
import { foldHomoglyphs, scriptLean, scriptOf } from './homoglyphs.ts';
import { latinKey } from './latinKey.ts';
import { kazakhSchemeOf } from './latinSchemeOf.ts';
import { kazakhLatinToCyrillic } from './transliterate.ts';

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;
// The scheme may be glued to a word ("Сбербанк!https://…") or spelled with homoglyphs ("httрs").
export const URL_LIKE = /\p{L}{2,8}:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|ru|kz|kg|org|net|me|ly|co)\/\S*/giu;
export const MENTION = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
const MARKS = /\p{M}+/gu;
// Words, with apostrophes inside (Kazakh 2017 a', informal ь), and our placeholders.
const WORD = /_(?:url|at)_|[\p{L}\p{N}]+(?:['’ʼ`][\p{L}\p{N}]*)*/gu;
const HAS_LATIN = /[a-zà-ɏ]/u;
const isPlaceholder = (w: string) => w === '_url_' || w === '_at_';

// Words repeat across comments far more than texts do (53,831 IRA tweets: 778,298 words, 119,571
// distinct), so spelling each word's key is done once per distinct word; the memo is emptied
// when full (about 10 MB at the bound).
const KEY_MEMO_SIZE = 200_000;
const keyMemo = new Map<string, string>();
function cachedLatinKey(word: string): string {
  let key = keyMemo.get(word);
  if (key === undefined) {
    key = latinKey(word);
    if (keyMemo.size >= KEY_MEMO_SIZE) keyMemo.clear();
    keyMemo.set(word, key);
  }
  return key;
}

/** The folded words of `text`, in order. */
export function foldWordsReference(text: string): string[] {
  let clean = text.normalize('NFKC').replace(INVISIBLE, '');
  // Cheap checks first: most comments have no link or mention, and these regexes cost.
  if (clean.includes('/') || clean.includes('www.')) clean = clean.replace(URL_LIKE, ' _url_ ');
  if (clean.includes('@')) clean = clean.replace(MENTION, ' _at_ ');
  const words = clean.replace(MARKS, '').match(WORD);
  if (words === null) return [];
  const leans = words.map(scriptLean);
  const total = leans.reduce((sum, l) => sum + l, 0);
  const fallback = total > 0 ? 'cyrillic' : total < 0 ? 'latin' : 'none';
  const lower = words.map((w, n) => (isPlaceholder(w) ? w : foldHomoglyphs(w, scriptOf(leans[n]!, fallback)).toLowerCase()));
  const scheme = kazakhSchemeOf(lower.join(' '));
  const out: string[] = [];
  for (const w of lower) {
    if (isPlaceholder(w)) { out.push(w); continue; }
    const read = scheme !== null && HAS_LATIN.test(w) ? kazakhLatinToCyrillic(w, scheme) : w;
    const key = cachedLatinKey(read);
    if (key !== '') out.push(key);
  }
  return out;
}
