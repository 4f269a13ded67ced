// Who sent a message: one of Kuzet's own pages, a Kuzet content script on a site Kuzet
// serves, or someone not to be trusted (another extension, a page, an unexpected frame).
import type { SenderKind } from '../messages.ts';

export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface SelfFacts {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  /** The manifest's host permissions: content scripts only ever run there. */
  hostPatterns: readonly string[];
}

export function senderKind(sender: SenderFacts, self: SelfFacts): SenderKind | null {
  if (sender.id !== self.extensionId || sender.url === undefined) return null;
  if (sender.url.startsWith(self.extensionOrigin)) return 'page';
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  return self.hostPatterns.some((p) => matchesPattern(p, sender.url!)) ? 'content' : null;
}

/** A match pattern of the `scheme://host/path*` form the manifest uses (no `<all_urls>`). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const hostOk = host.startsWith('*.')
    ? parsed.hostname === host.slice(2) || parsed.hostname.endsWith(host.slice(1))
    : parsed.hostname === host;
  const prefix = path.endsWith('*') ? path.slice(0, -1) : path;
  const rest = parsed.pathname + parsed.search;
  return parsed.protocol === `${scheme}:` && hostOk && (path.endsWith('*') ? rest.startsWith(prefix) : rest === prefix);
}
