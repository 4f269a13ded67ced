// Export/import as a file: what was exported imports back as it was; a bad file imports nothing.
import { describe, expect, it } from 'vitest';
import { exportSiteRules, importSiteRules } from '../../../../src/core/siteRules/exchange.ts';
import { selectorSyntaxOk } from '../../../../src/core/siteRules/selectorSyntax.ts';
import type { SiteRulesConfig } from '../../../../src/core/siteRules/schema.ts';

const CONFIG: SiteRulesConfig = {
  version: 1,
  rules: [{ pattern: 'https://news.ycombinator.com/*', name: 'HN', selectors: { comment: 'tr.comtr', author: 'a.hnuser', text: '.commtext' } }],
  mirrors: [{ mirror: 'mirror.example.org', of: 'news.ycombinator.com' }],
};

describe('site rules exchange', () => {
  it('round-trips an export', () => {
    const file = exportSiteRules(CONFIG);
    expect(JSON.parse(file)).toMatchObject({ kuzet: 'site-rules', version: 1 });
    expect(importSiteRules(file, selectorSyntaxOk)).toEqual({ ok: true, value: CONFIG });
  });

  it.each([
    ['not JSON', '{"kuzet": "site-rules", ', 'JSON'],
    ['another program’s JSON', '{"rules": []}', 'kuzet'],
    ['a JSON array', '[1,2]', 'kuzet'],
  ])('refuses %s', (_, text, value) => {
    expect(importSiteRules(text, selectorSyntaxOk)).toEqual({ ok: false, issues: [{ code: 'shape', value }] });
  });

  it('imports nothing when one rule of many is bad', () => {
    const file = JSON.parse(exportSiteRules(CONFIG));
    file.rules.push({ pattern: '*', name: 'all', selectors: { comment: 'a', author: 'b', text: 'c' } });
    const result = importSiteRules(JSON.stringify(file), selectorSyntaxOk);
    expect(result).toEqual({ ok: false, issues: [{ rule: 1, field: 'pattern', code: 'patternAllHosts', value: '*' }] });
  });
});
