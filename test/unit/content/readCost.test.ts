// What the content script's speed-ups must not change: the page location is parsed once per
// URL but follows navigation, the remembered URL check agrees with the protocol's, and the
// Hacker News thread URL follows the location it is given.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { hackernews } from '../../../src/content/adapters/hackernews.ts';
import { pageLocation } from '../../../src/content/pageLocation.ts';
import { rememberedUrl } from '../../../src/content/urlCheck.ts';
import { url } from '../../../src/messages/schemas.ts';

describe('content script read cost', () => {
  it('parses the page location once per URL and follows navigation', () => {
    const win = { location: { href: 'https://news.ycombinator.com/item?id=1' } } as unknown as Window;
    const seen: string[] = [];
    const here = pageLocation(win, (href) => (seen.push(href), new URL(href)));
    expect(here()).toBe(here());
    expect(seen).toHaveLength(1);
    (win.location as { href: string }).href = 'https://news.ycombinator.com/item?id=2';
    expect(here().searchParams.get('id')).toBe('2');
    expect(seen).toHaveLength(2);
  });

  it('remembers URL checks without changing their verdict', () => {
    const cases = ['https://news.ycombinator.com/item?id=1', 'not a url', 'javascript:alert(1)', '', 'https://' + 'a'.repeat(3000), 'http://[::1', 'mailto:x@y'];
    for (const value of [...cases, ...cases]) {
      expect(v.is(rememberedUrl, value), value.slice(0, 40)).toBe(v.is(url, value));
    }
  });

  it('derives the thread URL from each location it is given', () => {
    expect(hackernews.threadUrl(new URL('https://news.ycombinator.com/item?id=1&p=2'))).toBe('https://news.ycombinator.com/item?id=1');
    expect(hackernews.threadUrl(new URL('https://news.ycombinator.com/item?id=2'))).toBe('https://news.ycombinator.com/item?id=2');
    expect(hackernews.threadUrl(new URL('https://news.ycombinator.com/item?id=2&kuzet-demo=brigade'))).toBe('https://news.ycombinator.com/item?id=2&kuzet-demo=brigade');
  });
});
