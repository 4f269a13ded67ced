// The page's location as adapters see it (through a mirror mapping, if any), parsed once per
// URL: every comment read asks for it, and parsing the URL and mapping the mirror 5,000 times
// on a long thread cost more than reading the comments' authors. Callers must not mutate it.
export function pageLocation(win: Window, locate?: (href: string) => URL): () => URL {
  let href = '';
  let url: URL | null = null;
  return () => {
    const now = win.location.href;
    if (url === null || now !== href) {
      url = locate?.(now) ?? new URL(now);
      href = now;
    }
    return url;
  };
}
