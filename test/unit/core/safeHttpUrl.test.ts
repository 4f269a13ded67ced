import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../src/core/safeHttpUrl.ts';

describe('safeHttpUrl', () => {
  it.each([
    ['https://news.ycombinator.com/item?id=1', 'https://news.ycombinator.com/item?id=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['not a url', null],
  ])('%s → %s', (raw, safe) => {
    expect(safeHttpUrl(raw)).toBe(safe);
  });
});
