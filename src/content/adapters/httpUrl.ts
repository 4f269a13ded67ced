// An href or src as the browser resolves it against the page, kept only when it is http(s):
// `javascript:`, `data:` and empty values never become profile or avatar links.

export function httpUrl(value: string | null | undefined, base: URL | string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
