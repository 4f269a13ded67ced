// @vitest-environment happy-dom
// The registry picks the adapter that knows the page, and a broken adapter yields nothing
// (with a warning, never an error) instead of throwing into the page.
import { describe, expect, it, vi } from 'vitest';
import { ADAPTERS, pickAdapter } from '../../../../src/content/adapters/registry.ts';
import { guardAdapter, type SiteAdapter } from '../../../../src/content/adapters/siteAdapter.ts';

const broken: SiteAdapter = {
  id: 'broken',
  matches: () => true,
  roots: () => { throw new Error('layout changed'); },
  read: () => { throw new Error('layout changed'); },
  badgeAnchor: () => { throw new Error('layout changed'); },
  threadUrl: () => { throw new Error('layout changed'); },
};

describe('adapter registry', () => {
  it('picks hackernews on an HN item page and nothing elsewhere', () => {
    expect(pickAdapter(new URL('https://news.ycombinator.com/item?id=1'), document)?.id).toBe('hackernews');
    expect(pickAdapter(new URL('https://example.com/'), document)).toBeNull();
    expect(ADAPTERS.map((a) => a.id)).toEqual(expect.arrayContaining(['hackernews', 'youtube', 'x', 'nitter', 'reddit', 'bluesky']));
    expect(pickAdapter(new URL('https://www.youtube.com/watch?v=qTB3AEEUju8'), document)?.id).toBe('youtube');
    expect(pickAdapter(new URL('https://x.com/jack/status/20'), document)?.id).toBe('x');
    expect(pickAdapter(new URL('https://nitter.net/jack/status/20'), document)?.id).toBe('nitter');
    expect(pickAdapter(new URL('https://old.reddit.com/r/aww/comments/8dyrb3/'), document)?.id).toBe('reddit');
    expect(pickAdapter(new URL('https://bsky.app/profile/a.bsky.social/post/3lmftqir7cc2y'), document)?.id).toBe('bluesky');
  });

  it('turns an adapter that throws into one that finds nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error');
    const safe = guardAdapter(broken);
    expect(safe.roots(document)).toEqual([]);
    expect(safe.read(document.body, new URL('https://example.com/'))).toBeNull();
    expect(safe.badgeAnchor(document.body)).toBeNull();
    expect(safe.threadUrl(new URL('https://example.com/'))).toBe('');
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn.mock.calls.every(([message]) => String(message).startsWith('Kuzet: '))).toBe(true);
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });
});
