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

  it('keeps a malformed escape as written', () => {
    expect(decodeUrlPart('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodeUrlPart('%D0%90')).toBe('А');
  });
});
