// @vitest-environment happy-dom
// The badge's styles are parsed once per page: every badge's shadow root adopts the same sheet;
// where adopting is refused, each badge still gets its styles from a <style> of its own.
import { describe, expect, it } from 'vitest';
import { styleShadow } from '../../../../src/content/badge/sharedStyle.ts';
import { BADGE_CSS } from '../../../../src/content/badge/style.ts';

const shadowIn = (doc: Document) => doc.createElement('span').attachShadow({ mode: 'open' });

describe('badge styles', () => {
  it('shares one constructed sheet among all badges of a page', () => {
    const [a, b] = [shadowIn(document), shadowIn(document)];
    styleShadow(a, document);
    styleShadow(b, document);
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(b.adoptedStyleSheets[0]).toBe(a.adoptedStyleSheets[0]);
    expect(a.querySelector('style')).toBeNull();
    expect(Array.from(a.adoptedStyleSheets[0]!.cssRules).some((rule) => rule.cssText.includes('[part="card"]'))).toBe(true);
  });

  it('falls back to a <style> per badge when the page refuses the shared sheet, and keeps to it', () => {
    const doc = document.implementation.createHTMLDocument('refusing');
    const refusing = shadowIn(doc);
    Object.defineProperty(refusing, 'adoptedStyleSheets', { get: () => [], set: () => { throw new TypeError('not adoptable here'); } });
    styleShadow(refusing, doc);
    expect(refusing.querySelector('style')?.textContent).toBe(BADGE_CSS);
    const next = shadowIn(doc);
    styleShadow(next, doc);
    expect(next.querySelector('style')?.textContent).toBe(BADGE_CSS);
    expect(next.adoptedStyleSheets).toHaveLength(0);
  });
});
