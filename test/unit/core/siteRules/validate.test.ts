// Validation of whole configurations: good rules come back normalised, every bad one says
// which rule, which field and why, and nothing half-valid gets through.
import { describe, expect, it } from 'vitest';
import { selectorSyntaxOk } from '../../../../src/core/siteRules/selectorSyntax.ts';
import { validateRule, validateSiteRules } from '../../../../src/core/siteRules/validate.ts';

export const HN_RULE = {
  pattern: 'news.ycombinator.com',
  name: 'HN by hand',
  selectors: { comment: 'tr.athing.comtr', author: 'a.hnuser', text: '.commtext', time: 'span.age' },
};
const config = (rules: unknown[], mirrors: unknown[] = []) => ({ version: 1, rules, mirrors });

describe('validateSiteRules', () => {
  it('accepts a good rule and a mirror, normalised', () => {
    const result = validateSiteRules(config([HN_RULE], [{ mirror: 'HN-Mirror.example.org', of: 'news.ycombinator.com' }]), selectorSyntaxOk);
    expect(result).toEqual({
      ok: true,
      value: {
        version: 1,
        rules: [{ ...HN_RULE, pattern: 'https://news.ycombinator.com/*' }],
        mirrors: [{ mirror: 'hn-mirror.example.org', of: 'news.ycombinator.com' }],
      },
    });
  });

  it('names the host when the rule has no name, and drops an empty time selector', () => {
    const result = validateSiteRules(config([{ ...HN_RULE, name: ' ', selectors: { ...HN_RULE.selectors, time: '' } }]), selectorSyntaxOk);
    expect(result.ok && result.value.rules[0]).toEqual({
      pattern: 'https://news.ycombinator.com/*',
      name: 'news.ycombinator.com',
      selectors: { comment: 'tr.athing.comtr', author: 'a.hnuser', text: '.commtext' },
    });
  });

  it('reports every bad field of every rule, with its index and value', () => {
    const bad = { pattern: '<all_urls>', name: '', selectors: { comment: 'div[', author: '', text: 'p' } };
    const result = validateSiteRules(config([HN_RULE, bad]), selectorSyntaxOk);
    expect(result).toEqual({
      ok: false,
      issues: [
        { rule: 1, field: 'pattern', code: 'patternAllHosts', value: '<all_urls>' },
        { rule: 1, field: 'comment', code: 'selectorInvalid', value: 'div[' },
        { rule: 1, field: 'author', code: 'selectorMissing' },
      ],
    });
  });

  it('uses the selector check it is given (a DOM parse on pages)', () => {
    const result = validateSiteRules(config([HN_RULE]), (s) => s !== 'a.hnuser');
    expect(result).toEqual({ ok: false, issues: [{ rule: 0, field: 'author', code: 'selectorInvalid', value: 'a.hnuser' }] });
  });

  it('refuses duplicate patterns, mirrors of themselves, mirror paths and wildcards', () => {
    const result = validateSiteRules(
      config(
        [HN_RULE, { ...HN_RULE, pattern: 'https://news.ycombinator.com/*' }],
        [
          { mirror: 'a.example', of: 'a.example' },
          { mirror: '*.b.example', of: 'news.ycombinator.com' },
          { mirror: 'c.example/path', of: 'news.ycombinator.com' },
          { mirror: 'd.example', of: 'news.ycombinator.com' },
          { mirror: 'D.example', of: 'kloop.kg' },
        ],
      ),
      selectorSyntaxOk,
    );
    expect(result.ok ? [] : result.issues.map((i) => [i.rule ?? i.mirror, i.field, i.code])).toEqual([
      [0, 'mirror', 'mirrorSelf'],
      [1, 'mirror', 'mirrorHost'],
      [2, 'mirror', 'mirrorHost'],
      [1, 'pattern', 'patternDuplicate'],
      [4, 'mirror', 'mirrorDuplicate'],
    ]);
  });

  it('refuses what is not a configuration at all', () => {
    expect(validateSiteRules({ version: 2, rules: [], mirrors: [] }, selectorSyntaxOk)).toEqual({
      ok: false,
      issues: [{ code: 'shape', value: 'version' }],
    });
    expect(validateSiteRules([], selectorSyntaxOk).ok).toBe(false);
  });
});

describe('validateRule', () => {
  it('checks one rule from the form', () => {
    expect(validateRule(HN_RULE, selectorSyntaxOk)).toMatchObject({ ok: true, value: { pattern: 'https://news.ycombinator.com/*' } });
    expect(validateRule({ ...HN_RULE, pattern: 'https://*/*' }, selectorSyntaxOk)).toEqual({
      ok: false,
      issues: [{ field: 'pattern', code: 'patternAllHosts', value: 'https://*/*' }],
    });
  });
});

describe('selectorSyntaxOk', () => {
  it.each(['tr.athing.comtr', 'a[href^="user?id="]', '.c > .author, .c .name', ':is(.a, .b) p', 'a[title="]"]'])('accepts %s', (s) => {
    expect(selectorSyntaxOk(s)).toBe(true);
  });
  it.each(['', 'div[', 'a:not(.x', 'a[title="x]', '.c >', '.c { color: red }', '> p'])('refuses %j', (s) => {
    expect(selectorSyntaxOk(s)).toBe(false);
  });
});
