// Mirror domains: blocked news sites in the region move to new hosts, and a user says "Y is a
// mirror of X". The content script then shows adapters the page as if it were on X, so X's
// adapter (whose `matches` checks hostnames) serves Y and the thread is the same thread.
import type { Mirror } from './schema.ts';

/** The host `hostname` mirrors, or null when it is no mirror (`www.` of a mirror counts too). */
export function mirrorSource(hostname: string, mirrors: readonly Mirror[]): string | null {
  const host = hostname.toLowerCase();
  const found = mirrors.find((m) => host === m.mirror || host === `www.${m.mirror}`);
  return found ? found.of : null;
}

/** `location` with a mirror host replaced by the original's; other URLs come back unchanged. */
export function locateThroughMirror(location: URL, mirrors: readonly Mirror[]): URL {
  const source = mirrorSource(location.hostname, mirrors);
  if (source === null) return location;
  const rewritten = new URL(location.href);
  rewritten.hostname = source;
  // An original site is https; a mirror on plain http must not make its threads look different.
  rewritten.protocol = 'https:';
  rewritten.port = '';
  return rewritten;
}
