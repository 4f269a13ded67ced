// Which content-script registrations the user's rules and mirrors call for: one per rule
// pattern and one per mirror host, each only once its host permission is granted (a
// registration without permission would inject nothing and mislead the options page).
// Ids are derived from the pattern so re-running the reconciliation is idempotent.
import type { SiteRulesConfig } from './schema.ts';

export const REGISTRATION_PREFIX = 'kuzet-user:';

/** Mirrors of the region's news sites are https like their originals. */
export const mirrorPattern = (host: string): string => `https://${host}/*`;

export interface Registration {
  id: string;
  matches: string[];
  /** The origin pattern whose permission it needs (what permissions.request is asked for). */
  origin: string;
}

export function desiredRegistrations(config: SiteRulesConfig): Registration[] {
  const wanted = [
    ...config.rules.map((rule) => rule.pattern),
    ...config.mirrors.map((mirror) => mirrorPattern(mirror.mirror)),
  ];
  const unique = [...new Set(wanted)];
  return unique.map((pattern) => ({
    id: `${REGISTRATION_PREFIX}${pattern}`,
    matches: [pattern],
    // Host permissions ignore the path; asking for the whole host matches what the browser shows.
    origin: pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'),
  }));
}
