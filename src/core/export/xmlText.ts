// Text for XML 1.0 attribute values and element content: the five markup characters escaped,
// and characters XML 1.0 cannot carry at all (C0 controls other than tab, CR and LF, lone
// surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, because an escape would not make them legal.
// Names on pages contain all of these; one of them would make the whole file unreadable.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlText(value: string): string {
  // CR and tab survive parsing only as references; a raw CR becomes LF in every XML parser.
  return value
    .replace(ILLEGAL, '\uFFFD')
    .replace(/[&<>"']/g, (ch) => MARKUP[ch]!)
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
