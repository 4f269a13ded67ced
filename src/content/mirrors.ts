// Loads the user's site rules and mirror table (storage.local, written by the options page
// through the background) before the content script picks an adapter: user rules join the
// built-in adapters (first, so a user's fix for a site wins), and a mirror host is shown to
// adapters as the site it mirrors, so that site's adapter serves it. Anything unreadable
// means "no rules", never a broken page.
import { EMPTY_SITE_RULES, locateThroughMirror, SITE_RULES_KEY, type SiteRulesConfig, selectorSyntaxOk, validateSiteRules } from '../core/siteRules.ts';
import { ADAPTERS } from './adapters/registry.ts';
import { guardAdapter, type SiteAdapter } from './adapters/siteAdapter.ts';
import { userRuleAdapter } from './adapters/userRule.ts';

export interface SiteRulesSource {
  local: { get(key: string): Promise<Record<string, unknown>> };
}

export interface PageSetup {
  adapters: readonly SiteAdapter[];
  /** The location adapters see: the original site's for a mirror host. */
  locate: (href: string) => URL;
}

export function pageSetup(config: SiteRulesConfig, builtIn: readonly SiteAdapter[] = ADAPTERS): PageSetup {
  return {
    adapters: [...config.rules.map((rule) => guardAdapter(userRuleAdapter(rule))), ...builtIn],
    locate: (href) => locateThroughMirror(new URL(href), config.mirrors),
  };
}

export async function loadPageSetup(storage: SiteRulesSource): Promise<PageSetup> {
  let config = EMPTY_SITE_RULES;
  try {
    const stored = (await storage.local.get(SITE_RULES_KEY))[SITE_RULES_KEY];
    if (stored !== undefined) {
      const checked = validateSiteRules(stored, selectorSyntaxOk);
      if (checked.ok) config = checked.value;
      else console.warn('Kuzet: ignoring stored site rules that do not validate', checked.issues);
    }
  } catch (error) {
    console.warn('Kuzet: could not read site rules', error);
  }
  return pageSetup(config);
}
