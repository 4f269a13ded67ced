// The stored shape of user site rules and mirrors, as valibot schemas so the background, the
// message protocol and the import file all check the same thing. Only the structure is here;
// what a value means (a real host pattern, a parseable selector) is checked in validate.ts.
import * as v from 'valibot';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const selector = (max = 500) => v.pipe(v.string(), v.trim(), v.maxLength(max));

export const ruleSelectorsSchema = v.object({
  /** Each comment's root element. */
  comment: selector(),
  /** The author's link (or name element) inside a comment. */
  author: selector(),
  /** The comment's text inside a comment. */
  text: selector(),
  /** A `<time datetime>` or an element with a date in `datetime`/`title`; optional. */
  time: v.exactOptional(selector()),
});

export const siteRuleSchema = v.object({
  /** A match pattern (`https://example.kz/*`, `*://*.example.kz/news/*`); normalised on save. */
  pattern: text(300),
  /** What the user calls the site; shown in the list. */
  name: text(100),
  selectors: ruleSelectorsSchema,
});

export const mirrorSchema = v.object({
  /** The host the user visits (`mirror.example`). */
  mirror: text(253),
  /** The host whose adapter or rule serves it (`news.ycombinator.com`). */
  of: text(253),
});

export const siteRulesConfigSchema = v.object({
  version: v.literal(1),
  rules: v.pipe(v.array(siteRuleSchema), v.maxLength(100)),
  mirrors: v.pipe(v.array(mirrorSchema), v.maxLength(100)),
});

export type RuleSelectors = v.InferOutput<typeof ruleSelectorsSchema>;
export type SiteRule = v.InferOutput<typeof siteRuleSchema>;
export type Mirror = v.InferOutput<typeof mirrorSchema>;
export type SiteRulesConfig = v.InferOutput<typeof siteRulesConfigSchema>;

export const EMPTY_SITE_RULES: SiteRulesConfig = { version: 1, rules: [], mirrors: [] };
