// Network reads of list files: size-capped, conditional on the meta's ETag (a CDN answers 304
// and nothing is downloaded), never through the browser's HTTP cache (a stale cached meta would
// hide a new version), and only from https or this machine's loopback (tests, a local server).
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type Fetched = { status: 'notModified' } | { status: 'ok'; bytes: Uint8Array; etag: string | undefined };

export const MAX_META_BYTES = 256 * 1024;

/** https anywhere, http only on 127.0.0.1, [::1] or localhost; anything else is not a list URL. */
export function listUrlAllowed(raw: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(parsed.hostname);
}

/** `base` + '/' + name, for a base given with or without its trailing slash. */
export function fileUrl(base: string, name: string): string {
  return `${base.replace(/\/+$/, '')}/${name}`;
}

export async function fetchBytes(fetchFn: FetchLike, url: string, maxBytes: number, etag?: string): Promise<Fetched> {
  if (!listUrlAllowed(url)) throw new Error(`not an https or loopback URL: ${url}`);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (etag) headers['if-none-match'] = etag;
  const response = await fetchFn(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'error' });
  if (response.status === 304) return { status: 'notModified' };
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new Error(`${url} is larger than ${maxBytes} bytes`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new Error(`${url} is larger than ${maxBytes} bytes`);
  return { status: 'ok', bytes, etag: response.headers.get('etag') ?? undefined };
}
