// Is a text plain enough for the fast fold, and which hints does it carry? Plain: every code
// unit is a plain character (plainChars.ts) or a surrogate pair encoding a symbol (emoji, flags)
// that NFKC leaves alone and that is neither a letter, a digit nor a mark, so it only
// separates words, exactly as the reference fold treats it.
import { CHAR_CLASS, PLAIN } from './plainChars.ts';

const SYMBOL_ONLY = /^[^\p{L}\p{N}\p{M}\p{Cf}]$/u;
// Code points above U+FFFF met so far, and whether each is a plain symbol.
const symbols = new Map<number, boolean>();

function isPlainSymbol(codePoint: number): boolean {
  let plain = symbols.get(codePoint);
  if (plain === undefined) {
    const ch = String.fromCodePoint(codePoint);
    plain = ch.normalize('NFKC') === ch && SYMBOL_ONLY.test(ch);
    if (symbols.size < 10_000) symbols.set(codePoint, plain);
  }
  return plain;
}

/** The OR of the classes of `text`'s characters, or −1 when some character is not plain. */
export function plainFlags(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = CHAR_CLASS[c]!;
    if ((f & PLAIN) !== 0) { flags |= f; continue; }
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return -1;
    const low = text.charCodeAt(i + 1);
    if (low < 0xdc00 || low > 0xdfff || !isPlainSymbol(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000)) return -1;
    i++;
  }
  return flags;
}
