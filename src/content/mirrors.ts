// Loads the user's site rules and mirror table (storage.local, written by the options page
// through the background) before the content script picks an adapter: user rules join after
// the built-in adapters, and a mirror host is shown to adapters as the site it mirrors, so
// that site's adapter serves it. Anything unreadable means "no rules", never a broken page.
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
    // Built-in first: a rule read under its own site id on a page a built-in adapter also reads
    // would make every author of the thread two accounts, and a repeat of their own text would
    // look like copying by a second account — a wrong flag on a real person.
    adapters: [...builtIn, ...config.rules.map((rule) => guardAdapter(userRuleAdapter(rule)))],
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

const CLAIM = Symbol.for('kuzet.content');

/**
 * True for the first Kuzet content script in this page's isolated world, false for any later
 * one: the manifest and a user's rule (or two rules) may both inject content.js into one page,
 * and two Kuzets would read every comment twice. Call once per injection, at load.
 */
export function claimPage(scope: object): boolean {
  const world = scope as Record<symbol, unknown>;
  if (world[CLAIM]) return false;
  world[CLAIM] = true;
  return true;
}
