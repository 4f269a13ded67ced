import { describe, expect, it } from 'vitest';
import { normalizeText, wordCount } from '../../../../src/core/text/normalizeText.ts';

describe('normalizeText', () => {
  it.each([
    ['Same TEXT, same   words!!!', 'same text same words'],
    ['Сам\u200Bолёт летит https://t.co/abc', 'самолёт летит'],
    ['ＦＵＬＬ width', 'full width'],
    ['Қазақ тілі — ұлттық', 'қазақ тілі ұлттық'],
  ])('folds %j to %j', (input, folded) => {
    expect(normalizeText(input)).toBe(folded);
  });

  it('is idempotent', () => {
    const once = normalizeText('Hello, WORLD — www.example.com ӨЗГЕРІС');
    expect(normalizeText(once)).toBe(once);
  });

  it('counts words of folded text, and none of an empty one', () => {
    expect(wordCount(normalizeText('one, two; three!'))).toBe(3);
    expect(wordCount(normalizeText(' !!! '))).toBe(0);
  });
});
