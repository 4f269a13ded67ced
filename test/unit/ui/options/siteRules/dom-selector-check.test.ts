// @vitest-environment happy-dom
// The page checks selectors with the browser's own parser, which catches what the light
// syntax check cannot (doubled id marks, a stray combinator inside).
import { describe, expect, it } from 'vitest';
import { selectorSyntaxOk } from '../../../../../src/core/siteRules.ts';
import { domSelectorCheck } from '../../../../../src/ui/options/siteRules/dom-selector-check.ts';

describe('domSelectorCheck', () => {
  it('accepts real selectors', () => {
    for (const s of ['tr.athing.comtr', 'a.hnuser', '.comment > .author a[href*="/user/"]', 'time[datetime]']) expect(domSelectorCheck(s), s).toBe(true);
  });

  it('refuses what the syntax check lets through', () => {
    for (const s of ['##x', 'a..b']) {
      expect(selectorSyntaxOk(s), s).toBe(true);
      expect(domSelectorCheck(s), s).toBe(false);
    }
  });
});
