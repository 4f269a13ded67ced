// URL parts built from page text. The DOM lets a name hold a lone surrogate half, on which
// encodeURIComponent throws (found by the adapter fuzz test): such halves become U+FFFD, and
// a malformed %-sequence in an href is kept as written instead of throwing.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters encodeURIComponent keeps as they are: a text of only these is its own URL part. */
const KEPT = /^[\w.~-]*$/;

export function urlPart(text: string): string {
  // Ids and most handles (a page of 5,000 comments asks 10,000 times) skip the surrogate scan.
  return KEPT.test(text) ? text : encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

export function decodeUrlPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
