import { describe, expect, it } from 'vitest';
import { matchesPattern, senderKind } from '../../../src/background/senderKind.ts';

const self = { extensionId: 'me', extensionOrigin: 'moz-extension://uuid/', hostPatterns: ['https://news.ycombinator.com/*'] };

describe('senderKind', () => {
  it.each([
    [{ id: 'me', url: 'moz-extension://uuid/popup.html' }, 'page'],
    [{ id: 'me', url: 'https://news.ycombinator.com/item?id=1', tab: { id: 3 } }, 'content'],
    [{ id: 'me', url: 'https://news.ycombinator.com/item?id=1' }, null],
    [{ id: 'me', url: 'https://example.com/', tab: { id: 3 } }, null],
    [{ id: 'other', url: 'moz-extension://uuid/popup.html' }, null],
    [{ id: 'me', url: 'moz-extension://other-uuid/popup.html' }, null],
  ])('%j is %s', (sender, kind) => {
    expect(senderKind(sender, self)).toBe(kind);
  });

  it('matches host patterns by scheme, host and path', () => {
    expect(matchesPattern('https://*.example.com/*', 'https://a.example.com/x')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'https://evil-example.com/x')).toBe(false);
    expect(matchesPattern('https://news.ycombinator.com/*', 'http://news.ycombinator.com/')).toBe(false);
  });
});
