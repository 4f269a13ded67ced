// Test helper: a static list host in memory, as a CDN serves published list files: ETags,
// 304 on If-None-Match, 404 for anything else, and a log of what was asked.
import type { FetchLike } from '../../../../src/background/lists/fetchBytes.ts';

export function listHost(base: string) {
  let files = new Map<string, Uint8Array>();
  const log: { path: string; conditional: boolean; status: number }[] = [];
  const etagOf = (bytes: Uint8Array) => `"${bytes.byteLength}-${bytes.reduce((a, b) => (a * 31 + b) >>> 0, 7)}"`;
  const fetch: FetchLike = async (url, init) => {
    const path = url.startsWith(`${base}/`) ? url.slice(base.length + 1) : '';
    const bytes = files.get(path);
    const ifNoneMatch = (init.headers as Record<string, string> | undefined)?.['if-none-match'];
    const status = !bytes ? 404 : ifNoneMatch === etagOf(bytes) ? 304 : 200;
    log.push({ path, conditional: ifNoneMatch !== undefined, status });
    if (status !== 200) return new Response(null, { status });
    return new Response(bytes as Uint8Array<ArrayBuffer>, { status, headers: { etag: etagOf(bytes!), 'content-length': String(bytes!.byteLength) } });
  };
  return {
    fetch,
    log,
    serve(next: Map<string, Uint8Array>) {
      files = new Map(next);
    },
    tamper(path: string, change: (bytes: Uint8Array) => Uint8Array) {
      files.set(path, change(files.get(path)!.slice()));
    },
  };
}
