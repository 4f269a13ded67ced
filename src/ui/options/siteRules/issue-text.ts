// Turns a validation issue into the sentence a person reads: which rule or mirror, which
// field, and what is wrong with the value, in the page's language.
import type { IssueCode, RuleIssue } from '../../../core/siteRules.ts';
import type { Translate } from '../../connect/connector.ts';

export const ISSUE_KEYS: Record<IssueCode, string> = {
  shape: 'issueShape',
  patternEmpty: 'issuePatternEmpty',
  patternAllHosts: 'issuePatternAllHosts',
  patternScheme: 'issuePatternScheme',
  patternHost: 'issuePatternHost',
  patternPath: 'issuePatternPath',
  patternDuplicate: 'issuePatternDuplicate',
  selectorMissing: 'issueSelectorMissing',
  selectorInvalid: 'issueSelectorInvalid',
  mirrorHost: 'issueMirrorHost',
  mirrorSelf: 'issueMirrorSelf',
  mirrorDuplicate: 'issueMirrorDuplicate',
};

export const FIELD_KEYS: Record<NonNullable<RuleIssue['field']>, string> = {
  pattern: 'siteRulesPattern',
  name: 'siteRulesName',
  comment: 'siteRulesComment',
  author: 'siteRulesAuthor',
  text: 'siteRulesText',
  time: 'siteRulesTime',
  mirror: 'siteRulesMirror',
  of: 'siteRulesMirrorOf',
};

/** The issue alone ("“div[” is not a valid CSS selector."), for a message under its field. */
export function issueSentence(t: Translate, issue: RuleIssue): string {
  return t(ISSUE_KEYS[issue.code], [issue.value ?? '']);
}

/** The issue with where it is ("Rule 2, Comment selector: …"), for a whole file or list. */
export function issueText(t: Translate, issue: RuleIssue): string {
  const sentence = issueSentence(t, issue);
  const field = issue.field ? t(FIELD_KEYS[issue.field]) : '';
  if (issue.rule !== undefined) return t('siteRulesIssueInRule', [String(issue.rule + 1), field, sentence]);
  if (issue.mirror !== undefined) return t('siteRulesIssueInMirror', [String(issue.mirror + 1), field, sentence]);
  return sentence;
}
