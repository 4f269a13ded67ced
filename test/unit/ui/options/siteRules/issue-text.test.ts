// Every validation issue and field has its sentence in all four languages (these keys are
// picked from tables at run time, so the general locale check cannot see them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_KEYS, ISSUE_KEYS, issueText } from '../../../../../src/ui/options/siteRules/issue-text.ts';
import { formatMessage } from '../../../../../src/ui/connect/format-message.ts';
import { EN } from '../../render.tsx';

describe('issue sentences', () => {
  it.each(['en', 'ru', 'kk', 'ky'])('%s has every issue and field key', (lang) => {
    const catalog = JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Record<string, unknown>;
    const keys = [...Object.values(ISSUE_KEYS), ...Object.values(FIELD_KEYS), 'siteRulesIssueInRule', 'siteRulesIssueInMirror'];
    expect(keys.filter((key) => !(key in catalog))).toEqual([]);
  });

  it('says where the issue is', () => {
    const t = (key: string, subs?: string[]) => formatMessage(EN, key, subs);
    expect(issueText(t, { rule: 0, field: 'pattern', code: 'patternScheme', value: 'ftp://x.kz/*' })).toBe(
      'Rule 1, Site (host or match pattern): “ftp://x.kz/*”: only http and https sites can have rules.',
    );
    expect(issueText(t, { code: 'shape', value: 'JSON' })).toBe('this is not a Kuzet rules file (JSON).');
  });
});
