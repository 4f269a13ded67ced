// Host patterns as browser match patterns (`scheme://host/path`): what a user types becomes one
// pattern the browser accepts for both optional_host_permissions and registerContentScripts
// ("example.kz" → https://example.kz/*; "*.example.kz"; "*://example.kz/news/*"). Never
// `<all_urls>` or a bare `*` host: a rule is for one site, and every site is not ours to ask for.

export type HostPatternResult =
  | { ok: true; pattern: string; host: string; subdomains: boolean }
  | { ok: false; code: 'patternEmpty' | 'patternAllHosts' | 'patternScheme' | 'patternHost' | 'patternPath' };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A hostname (already lowercase ASCII/punycode) with at least two labels, or null. */
function asciiHost(raw: string): string | null {
  if (raw.length === 0 || raw.length > 253 || raw.includes('*')) return null;
  let host: string;
  try {
    // URL turns "пример.рф" into punycode and lowercases; it refuses spaces and most junk.
    const parsed = new URL(`https://${raw}/`);
    if (parsed.port !== '' || parsed.username !== '' || parsed.pathname !== '/') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) ? host : null;
}

export function normalizeHostPattern(input: string): HostPatternResult {
  const raw = input.trim();
  if (raw === '') return { ok: false, code: 'patternEmpty' };
  if (raw === '<all_urls>' || raw === '*' || /^[^:]*:\/\/\*(\/.*)?$/.test(raw)) return { ok: false, code: 'patternAllHosts' };
  const scheme0 = /^([a-zA-Z][\w+.-]*):/.exec(raw)?.[1];
  if (scheme0 !== undefined && !['*', 'http', 'https'].includes(scheme0.toLowerCase()) && !/^[^:/]+:\d/.test(raw)) {
    return { ok: false, code: 'patternScheme' };
  }
  const m = /^(?:([^:/]+):\/\/)?([^/]+)(\/.*)?$/.exec(raw);
  if (!m) return { ok: false, code: 'patternHost' };
  // A bare host means https: the sites people read are, and a narrower permission is easier to grant.
  const [, scheme = 'https', hostPart = '', path = '/*'] = m;
  if (!['*', 'http', 'https'].includes(scheme.toLowerCase())) return { ok: false, code: 'patternScheme' };
  const subdomains = hostPart.startsWith('*.');
  const host = asciiHost(subdomains ? hostPart.slice(2) : hostPart);
  if (host === null) return { ok: false, code: 'patternHost' };
  if (/[\s#?]/.test(path) || path.length > 200) return { ok: false, code: 'patternPath' };
  const pattern = `${scheme.toLowerCase()}://${subdomains ? '*.' : ''}${host}${path}`;
  return { ok: true, pattern, host, subdomains };
}

/** The host part of a normalised pattern, without its `*.`: also the `site` of a rule's comments. */
export function hostOfPattern(pattern: string): string {
  return (/^[^:]+:\/\/(?:\*\.)?([^/]+)/.exec(pattern)?.[1] ?? '').toLowerCase();
}

/** Whether a page's URL falls under a normalised pattern (scheme, host and path glob). */
export function patternMatchesHost(pattern: string, url: URL): boolean {
  const m = /^([^:]+):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, star, host, path] = m as unknown as [string, string, string | undefined, string, string];
  const schemeOk = scheme === '*' ? url.protocol === 'http:' || url.protocol === 'https:' : url.protocol === `${scheme}:`;
  const hostOk = url.hostname === host || (star !== undefined && url.hostname.endsWith(`.${host}`));
  const glob = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return schemeOk && hostOk && glob.test(url.pathname + url.search);
}
