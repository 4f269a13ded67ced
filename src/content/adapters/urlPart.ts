// URL parts built from page text. The DOM lets a name hold a lone surrogate half, on which
// encodeURIComponent throws (found by the adapter fuzz test): such halves become U+FFFD, and
// a malformed %-sequence in an href is kept as written instead of throwing.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function urlPart(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

export function decodeUrlPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
