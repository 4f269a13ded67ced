import { describe, expect, it } from 'vitest';
import { percent, sentenceKey, weightText } from '../../../src/core/messageKeys.ts';

describe('sentenceKey', () => {
  const counted = (count: number) => ({ key: 'reasonCopypasta', substitutions: [], count });

  it('keeps an uncounted key as it is', () => {
    expect(sentenceKey({ key: 'cardHint', substitutions: [] }, 'ru')).toBe('cardHint');
  });

  it.each([
    ['ru', 1, 'one'],
    ['ru', 3, 'few'],
    ['ru', 5, 'many'],
    ['ru', 21, 'one'],
    ['en', 1, 'one'],
    ['en', 3, 'other'],
    ['kk', 3, 'other'],
    ['ky', 1, 'one'],
  ])('%s with %i picks the _%s form', (locale, count, form) => {
    expect(sentenceKey(counted(count), locale)).toBe(`reasonCopypasta_${form}`);
  });

  it('falls back to _other for an unknown locale tag', () => {
    expect(sentenceKey(counted(3), 'not a locale!')).toBe('reasonCopypasta_other');
  });
});

describe('weightText', () => {
  it('shows a logistic weight as a number with one decimal, not a percentage', () => {
    expect([4.5, 1, 0.05, 2.704].map(weightText)).toEqual(['4.5', '1', '0.1', '2.7']);
  });
});

describe('percent', () => {
  it('rounds and clamps', () => {
    expect([0, 0.644, 1, 1.5, -1].map(percent)).toEqual(['0', '64', '100', '100', '0']);
  });
});
