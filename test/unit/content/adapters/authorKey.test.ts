import { describe, expect, it } from 'vitest';
import { authorKey } from '../../../../src/content/adapters/authorKey.ts';

describe('authorKey', () => {
  it.each([
    [{ numericId: '100004', handle: 'zuck', displayName: 'Mark' }, 'facebook:100004'],
    [{ handle: '@zuck', displayName: 'Mark' }, 'facebook:zuck'],
    [{ handle: '12345' }, 'facebook:@12345'],
    [{ displayName: '  Mark   Z ' }, 'facebook:name:Mark Z'],
    [{ numericId: 'abc', handle: 'h' }, 'facebook:h'],
    [{}, null],
  ])('%j → %s', (identity, key) => {
    expect(authorKey('facebook', identity)).toBe(key);
  });
});
