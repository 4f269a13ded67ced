// @vitest-environment happy-dom
// X adapter on the two real 2025 pages (PROVENANCE.md counts): a status page (self-thread) and the
// home timeline, read with a status-page location. Quoted tweets must not leak into the quoting tweet.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { x } from '../../../../src/content/adapters/x.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/x');
const location = new URL('https://x.com/eli_lifland/status/1908671786876850246?s=20');
const THREAD = 'https://x.com/eli_lifland/status/1908671786876850246';

function parse(file: string): Document {
  const html = readFileSync(join(DIR, file), 'utf8').replace(/<link\b[^>]*>/gi, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}
const readAll = (doc: ParentNode) => x.roots(doc).map((r) => x.read(r, location)).filter((c): c is Comment => c !== null);

describe('x adapter', () => {
  it('matches status pages on x.com and twitter.com only', () => {
    expect(x.matches(location, document)).toBe(true);
    expect(x.matches(new URL('https://twitter.com/jack/status/20'), document)).toBe(true);
    expect(x.matches(new URL('https://x.com/home'), document)).toBe(false);
    expect(x.matches(new URL('https://x.com/eli_lifland'), document)).toBe(false);
    expect(x.matches(new URL('https://example.com/eli_lifland/status/1'), document)).toBe(false);
    expect(x.threadUrl(location)).toBe(THREAD);
  });

  it('reads x.com_status_thread_eli_lifland_2025.html: 4 comments by 1 author, field by field', () => {
    const comments = readAll(parse('x.com_status_thread_eli_lifland_2025.html'));
    expect(comments).toHaveLength(4);
    expect(new Set(comments.map((c) => c.authorKey))).toEqual(new Set(['x:eli_lifland']));
    expect(comments[0]).toMatchObject({
      id: 'x:1908671786876850246',
      site: 'x',
      displayName: 'Eli Lifland',
      handle: '@eli_lifland',
      profileUrl: 'https://x.com/eli_lifland',
      avatarUrl: 'https://pbs.twimg.com/profile_images/1562468270380158982/8038RBAs_x96.jpg',
      time: Date.parse('2025-04-06T00:03:10.000Z'),
      threadUrl: THREAD,
      url: THREAD,
      likes: 538,
    });
    // The first tweet quotes @DKokotajlo: none of the quote's text, author or time is read.
    expect(comments[0]!.text.startsWith('I’ve been excited to see all the discussion of AI 2027')).toBe(true);
    expect(comments[0]!.text).not.toContain('How, exactly, could AI take over by 2027?');
    expect(comments[3]!.url).toBe('https://x.com/eli_lifland/status/1908671794233651339');
  });

  it('reads x.com_home_timeline_2025.html: 5 comments by 5 authors', () => {
    const comments = readAll(parse('x.com_home_timeline_2025.html'));
    expect(comments).toHaveLength(5);
    expect(new Set(comments.map((c) => c.authorKey)).size).toBe(5);
    expect(comments[0]).toMatchObject({ authorKey: 'x:bytheophana', displayName: 'tiff', url: 'https://x.com/bytheophana/status/1909645231751835965', likes: 28 });
  });

  it('anchors the badge at the profile link, and yields nothing for a tweet with no author', () => {
    const article = x.roots(parse('x.com_home_timeline_2025.html'))[0]!;
    expect(x.badgeAnchor(article)!.getAttribute('href')).toBe('/bytheophana');
    article.querySelector('[data-testid="User-Name"]')!.remove();
    expect(x.read(article, location)).toBeNull();
  });
});
