// Evidence URLs come from pages Kuzet read, i.e. from strangers. Only http(s) links may
// become hrefs: a `javascript:` or `data:` URL in evidence must never be clickable.

export function safeHttpUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
