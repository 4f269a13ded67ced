import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUrlPart, urlPart } from '../../../../src/content/adapters/urlPart.ts';

describe('urlPart', () => {
  it('encodes ordinary names as encodeURIComponent does', () => {
    expect(urlPart('Әлия Б/к?')).toBe(encodeURIComponent('Әлия Б/к?'));
  });

  it('turns lone surrogate halves into U+FFFD instead of throwing', () => {
    expect(urlPart('a\uD800b\uDC00')).toBe(encodeURIComponent('a\uFFFDb\uFFFD'));
    expect(urlPart('😀')).toBe(encodeURIComponent('😀'));
  });

  it('gives what encodeURIComponent gives on the text with lone halves replaced, ids and handles included', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    const reference = (text: string) => encodeURIComponent(text.replace(lone, '\uFFFD'));
    const plain = fc.stringMatching(/^[\w.~!*'()-]{0,12}$/);
    fc.assert(fc.property(fc.oneof(plain, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
      expect(urlPart(text)).toBe(reference(text));
    }), { numRuns: 3_000 });
    expect(urlPart('28385973')).toBe('28385973');
    expect(urlPart('a b')).toBe('a%20b');
  });

  it('keeps a malformed escape as written', () => {
    expect(decodeUrlPart('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodeUrlPart('%D0%90')).toBe('А');
  });
});
