// Links → ` _url_ ` with the reference fold's own regex (foldReference.ts), run only on the
// whitespace-separated tokens that could hold a link. Every alternative of that regex is made
// of non-space characters and starts at a word boundary, so a match never crosses whitespace
// and a token alone matches exactly as it does inside its text: the result is the same, but
// the regex no longer tries every letter of every comment (it was a third of folding).
import { URL_LIKE } from './foldReference.ts';

const SLASH = 0x2f;
// JavaScript's \s among plain characters (plainChars.ts): other spaces are not plain.
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2028 || c === 0x2029 || c === 0xfeff;
const WWW = /www\./i;

/** `text` with links replaced as the reference does; `text` must be plain (plainText.ts). */
export function replaceLinks(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    let slash = false;
    while (i < text.length && !isSpace(text.charCodeAt(i))) { if (text.charCodeAt(i) === SLASH) slash = true; i++; }
    if (start === i) break;
    const token = text.slice(start, i);
    if (!slash && !WWW.test(token)) continue;
    out += text.slice(copied, start) + token.replace(URL_LIKE, ' _url_ ');
    copied = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
