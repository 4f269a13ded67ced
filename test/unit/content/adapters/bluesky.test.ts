// @vitest-environment happy-dom
// Bluesky adapter on the real 2025 feed (PROVENANCE.md counts) read with a thread-page location;
// thread pages use the app's `postThreadItem-by-` id, checked here by re-labelling a real feed item.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { bluesky } from '../../../../src/content/adapters/bluesky.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/bluesky/bsky.app_feed_2025.html');
const location = new URL('https://bsky.app/profile/billmontei.bsky.social/post/3lmftqir7cc2y');

function parse(): Document {
  const html = readFileSync(FIXTURE, 'utf8').replace(/<link\b[^>]*>/gi, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

let doc: Document;
let comments: Comment[];
beforeAll(() => {
  doc = parse();
  comments = bluesky.roots(doc).map((r) => bluesky.read(r, location)).filter((c): c is Comment => c !== null);
}, 60_000);

describe('bluesky adapter on bsky.app_feed_2025.html', () => {
  it('matches post pages on bsky.app only', () => {
    expect(bluesky.matches(location, document)).toBe(true);
    expect(bluesky.matches(new URL('https://bsky.app/'), document)).toBe(false);
    expect(bluesky.matches(new URL('https://bsky.app/profile/x.bsky.social'), document)).toBe(false);
    expect(bluesky.matches(new URL('https://example.com/profile/a/post/b'), document)).toBe(false);
  });

  it('reads 51 comments by 46 distinct authors', () => {
    expect(comments).toHaveLength(51);
    expect(new Set(comments.map((c) => c.authorKey)).size).toBe(46);
  });

  it('reads a post field by field', () => {
    expect(comments.find((c) => c.id === 'bluesky:billmontei.bsky.social/3lmftqir7cc2y')).toMatchObject({
      site: 'bluesky',
      authorKey: 'bluesky:billmontei.bsky.social',
      displayName: 'Bill Montei',
      handle: '@billmontei.bsky.social',
      profileUrl: 'https://bsky.app/profile/billmontei.bsky.social',
      avatarUrl: expect.stringMatching(/^https:\/\/cdn\.bsky\.app\/img\/avatar_thumbnail\/plain\/did:plc:v6tphxwtlwoq6ja2m3deemp2\//),
      text: 'Maui Golden Hour #photography',
      time: new Date(2025, 3, 9, 16, 36).getTime(), // the tooltip is in the reader's zone
      likes: 579,
      threadUrl: 'https://bsky.app/profile/billmontei.bsky.social/post/3lmftqir7cc2y',
      url: 'https://bsky.app/profile/billmontei.bsky.social/post/3lmftqir7cc2y',
    });
  });

  it('reads a thread item by its postThreadItem id, and anchors the badge at the name', () => {
    const item = doc.querySelector('[data-testid="feedItem-by-billmontei.bsky.social"]')!.cloneNode(true) as Element;
    item.setAttribute('data-testid', 'postThreadItem-by-billmontei.bsky.social');
    expect(bluesky.roots(item)).toEqual([item]);
    expect(bluesky.read(item, location)?.authorKey).toBe('bluesky:billmontei.bsky.social');
    expect(bluesky.badgeAnchor(item)!.textContent).toContain('Bill Montei');
  });
});
