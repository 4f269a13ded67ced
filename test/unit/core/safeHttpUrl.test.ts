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

describe('safeHttpUrl with a base', () => {
  it('resolves relative links against the page and still refuses other schemes', () => {
    expect(safeHttpUrl('/user?id=a', 'https://news.ycombinator.com/item?id=1')).toBe('https://news.ycombinator.com/user?id=a');
    expect(safeHttpUrl('javascript:alert(1)', 'https://example.org/')).toBeNull();
  });
});
