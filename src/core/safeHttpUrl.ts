// URLs come from pages Kuzet read, i.e. from strangers. Only http(s) links may become hrefs:
// a `javascript:` or `data:` URL in evidence, a profile or an avatar must never be clickable.

/** `raw` (resolved against `base` when relative) if it is an http(s) URL, else null. */
export function safeHttpUrl(raw: string, base?: URL | string): string | null {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
