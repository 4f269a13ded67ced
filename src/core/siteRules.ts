// User site rules and mirror domains (issue 5, deliverable 5): the shapes a user writes on the
// options page, where they are stored, and the one place the rest of Kuzet imports them from.
// A rule teaches Kuzet a site it has no adapter for; a mirror says "host Y shows site X".
export type { SiteRule, RuleSelectors, Mirror, SiteRulesConfig } from './siteRules/schema.ts';
export { siteRuleSchema, mirrorSchema, siteRulesConfigSchema, EMPTY_SITE_RULES } from './siteRules/schema.ts';
export { normalizeHostPattern, hostOfPattern, patternMatchesHost, type HostPatternResult } from './siteRules/hostPattern.ts';
export { selectorSyntaxOk } from './siteRules/selectorSyntax.ts';
export { validateSiteRules, validateRule, type RuleIssue, type IssueCode, type SelectorCheck, type Validation } from './siteRules/validate.ts';
export { exportSiteRules, importSiteRules } from './siteRules/exchange.ts';
export { ruleAdapterData, profileIdentity, type RuleAdapterData, type ProfileIdentity } from './siteRules/adapterData.ts';
export { mirrorSource, locateThroughMirror } from './siteRules/mirrors.ts';
export { desiredRegistrations, mirrorPattern, REGISTRATION_PREFIX, type Registration } from './siteRules/registrations.ts';

/** storage.local key of the user's rules and mirrors (the background writes it, content scripts read it). */
export const SITE_RULES_KEY = 'siteRules';
