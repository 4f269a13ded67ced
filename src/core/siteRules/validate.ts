// Checks a whole site-rules configuration (from the options form, an imported file, or a
// message) and says precisely what is wrong: each issue names the rule or mirror, the field
// and a code the pages turn into a sentence. Valid input comes back normalised (patterns in
// match-pattern form, hosts in punycode) so everything downstream compares like with like.
import * as v from 'valibot';
import { normalizeHostPattern } from './hostPattern.ts';
import { type Mirror, type SiteRule, type SiteRulesConfig, siteRulesConfigSchema, siteRuleSchema } from './schema.ts';
import { selectorSyntaxOk } from './selectorSyntax.ts';

export type IssueCode =
  | 'shape'
  | 'patternEmpty'
  | 'patternAllHosts'
  | 'patternScheme'
  | 'patternHost'
  | 'patternPath'
  | 'patternDuplicate'
  | 'selectorMissing'
  | 'selectorInvalid'
  | 'mirrorHost'
  | 'mirrorSelf'
  | 'mirrorDuplicate';

export type Field = 'pattern' | 'name' | 'comment' | 'author' | 'text' | 'time' | 'mirror' | 'of';

export interface RuleIssue {
  /** Index of the rule (or mirror) the issue is about, when it is about one. */
  rule?: number;
  mirror?: number;
  field?: Field;
  code: IssueCode;
  /** The offending value, so the message can quote it. */
  value?: string;
}

/** Whether a selector parses; pages pass a real DOM check, the worker the syntax check. */
export type SelectorCheck = (selector: string) => boolean;

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: RuleIssue[] };

const SELECTOR_FIELDS = ['comment', 'author', 'text', 'time'] as const;

function checkRule(rule: SiteRule, index: number, check: SelectorCheck, issues: RuleIssue[]): SiteRule | null {
  const at = (field: Field, code: IssueCode, value?: string) =>
    issues.push({ rule: index, field, code, ...(value === undefined ? {} : { value }) });
  const before = issues.length;
  const host = normalizeHostPattern(rule.pattern);
  if (!host.ok) at('pattern', host.code, rule.pattern);
  for (const field of SELECTOR_FIELDS) {
    const selector = rule.selectors[field];
    if (selector === undefined || (field === 'time' && selector === '')) continue;
    if (selector === '') at(field, 'selectorMissing');
    else if (!selectorSyntaxOk(selector) || !check(selector)) at(field, 'selectorInvalid', selector);
  }
  if (issues.length > before || !host.ok) return null;
  const { time, ...required } = rule.selectors;
  return {
    pattern: host.pattern,
    name: rule.name.trim() || host.host,
    selectors: time ? { ...required, time } : required,
  };
}

function checkMirror(mirror: Mirror, index: number, issues: RuleIssue[]): Mirror | null {
  const hostOnly = (raw: string) => {
    const parsed = normalizeHostPattern(raw);
    return parsed.ok && !parsed.subdomains && parsed.pattern.endsWith('/*') && !raw.includes('/') ? parsed.host : null;
  };
  const from = hostOnly(mirror.mirror);
  const to = hostOnly(mirror.of);
  if (from === null) issues.push({ mirror: index, field: 'mirror', code: 'mirrorHost', value: mirror.mirror });
  if (to === null) issues.push({ mirror: index, field: 'of', code: 'mirrorHost', value: mirror.of });
  if (from === null || to === null) return null;
  if (from === to) {
    issues.push({ mirror: index, field: 'mirror', code: 'mirrorSelf', value: from });
    return null;
  }
  return { mirror: from, of: to };
}

/** One rule as the form has it (before it joins the list). */
export function validateRule(raw: unknown, check: SelectorCheck): Validation<SiteRule> {
  const parsed = v.safeParse(siteRuleSchema, raw);
  if (!parsed.success) return { ok: false, issues: [{ code: 'shape', value: v.getDotPath(parsed.issues[0]!) ?? '' }] };
  const issues: RuleIssue[] = [];
  const rule = checkRule(parsed.output, 0, check, issues);
  return rule ? { ok: true, value: rule } : { ok: false, issues: issues.map(({ rule: _, ...rest }) => rest) };
}

/** A whole configuration: all or nothing, so a bad import never half-replaces the user's rules. */
export function validateSiteRules(raw: unknown, check: SelectorCheck): Validation<SiteRulesConfig> {
  const parsed = v.safeParse(siteRulesConfigSchema, raw);
  if (!parsed.success) return { ok: false, issues: [{ code: 'shape', value: v.getDotPath(parsed.issues[0]!) ?? '' }] };
  const issues: RuleIssue[] = [];
  const rules = parsed.output.rules.map((rule, i) => checkRule(rule, i, check, issues));
  const mirrors = parsed.output.mirrors.map((mirror, i) => checkMirror(mirror, i, issues));
  const seenPatterns = new Set<string>();
  rules.forEach((rule, i) => {
    if (rule && seenPatterns.has(rule.pattern)) issues.push({ rule: i, field: 'pattern', code: 'patternDuplicate', value: rule.pattern });
    if (rule) seenPatterns.add(rule.pattern);
  });
  const seenMirrors = new Set<string>();
  mirrors.forEach((mirror, i) => {
    if (mirror && seenMirrors.has(mirror.mirror)) issues.push({ mirror: i, field: 'mirror', code: 'mirrorDuplicate', value: mirror.mirror });
    if (mirror) seenMirrors.add(mirror.mirror);
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { version: 1, rules: rules as SiteRule[], mirrors: mirrors as Mirror[] } };
}
