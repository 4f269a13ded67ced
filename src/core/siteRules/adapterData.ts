// The pure half of a user rule's adapter: which pages it serves, what `site` its comments carry,
// and how an author link's URL becomes an identity (numeric id over handle), so the content
// script's adapter (content/adapters/userRule.ts) only does DOM work.
import { hostOfPattern, patternMatchesHost } from './hostPattern.ts';
import type { RuleSelectors, SiteRule } from './schema.ts';

export interface RuleAdapterData {
  /** `site` of the comments and prefix of author keys: the rule's host (`example.kz`). */
  site: string;
  pattern: string;
  selectors: RuleSelectors;
  matches(location: URL): boolean;
}

export function ruleAdapterData(rule: SiteRule): RuleAdapterData {
  return {
    site: hostOfPattern(rule.pattern).slice(0, 40),
    pattern: rule.pattern,
    selectors: rule.selectors,
    matches: (location) => patternMatchesHost(rule.pattern, location),
  };
}

export interface ProfileIdentity {
  numericId?: string;
  handle?: string;
}

// Query parameters sites use for a profile's id (`profile.php?id=`, `user?id=`, `?uid=`).
const ID_PARAMS = ['id', 'uid', 'user', 'user_id', 'userid', 'u'];

/**
 * What a profile link says about who it is: an `id`-like query parameter, else the last path
 * segment (`/users/aidana_k` → `aidana_k`, `/id12345` → `id12345`); all digits → numericId.
 */
export function profileIdentity(profileUrl: URL): ProfileIdentity {
  let value: string | undefined;
  for (const name of ID_PARAMS) {
    const found = profileUrl.searchParams.get(name)?.trim();
    if (found) {
      value = found;
      break;
    }
  }
  if (value === undefined) {
    const segments = profileUrl.pathname.split('/').filter((s) => s !== '');
    const last = segments[segments.length - 1];
    try {
      value = last === undefined ? undefined : decodeURIComponent(last);
    } catch {
      value = last;
    }
  }
  if (!value) return {};
  value = value.replace(/^@/, '').slice(0, 200);
  return /^\d+$/.test(value) ? { numericId: value } : { handle: value };
}
