// A rule's adapter data: which pages it serves, and how a profile link names an author.
import { describe, expect, it } from 'vitest';
import { profileIdentity, ruleAdapterData } from '../../../../src/core/siteRules/adapterData.ts';

describe('ruleAdapterData', () => {
  it('serves pages under its pattern and names comments by host', () => {
    const data = ruleAdapterData({ pattern: '*://*.azattyq.org/*', name: 'Azattyq', selectors: { comment: 'a', author: 'b', text: 'c' } });
    expect(data.site).toBe('azattyq.org');
    expect(data.matches(new URL('https://rus.azattyq.org/a/33.html'))).toBe(true);
    expect(data.matches(new URL('https://example.org/'))).toBe(false);
  });
});

describe('profileIdentity', () => {
  it.each([
    ['https://news.ycombinator.com/user?id=bryananderson', { handle: 'bryananderson' }],
    ['https://www.facebook.com/profile.php?id=100004512345678', { numericId: '100004512345678' }],
    ['https://vk.com/id12345', { handle: 'id12345' }],
    ['https://example.kz/users/1234/', { numericId: '1234' }],
    ['https://mastodon.social/@aidana', { handle: 'aidana' }],
    ['https://example.kz/u/%D0%90%D0%B9%D0%B4%D0%B0', { handle: 'Айда' }],
    ['https://example.kz/', {}],
  ])('%s → %j', (url, identity) => {
    expect(profileIdentity(new URL(url))).toEqual(identity);
  });
});
