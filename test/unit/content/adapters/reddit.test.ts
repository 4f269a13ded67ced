// @vitest-environment happy-dom
// Reddit adapter: old Reddit on the real 2018 page (PROVENANCE.md counts, real comments field by
// field); new Reddit `shreddit-comment` on DOM built here from cited markup (reddit.ts header) — not a real page.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { reddit } from '../../../../src/content/adapters/reddit.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/reddit/old-reddit_r-aww_8dyrb3_saved2018.html');
const location = new URL('https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/');
const THREAD = 'https://www.reddit.com/r/aww/comments/8dyrb3';

function parse(html: string): Document {
  const inert = html.replace(/<link\b[^>]*>/gi, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/gi, '');
  return new DOMParser().parseFromString(inert, 'text/html');
}
const readAll = (doc: ParentNode, at = location) => reddit.roots(doc).map((r) => reddit.read(r, at)).filter((c): c is Comment => c !== null);

let page: Document;
let comments: Comment[];
const byId = (id: string) => comments.find((c) => c.id === `reddit:${id}`)!;
beforeAll(() => {
  page = parse(readFileSync(FIXTURE, 'utf8'));
  comments = readAll(page);
}, 60_000);

describe('reddit adapter on old-reddit_r-aww_8dyrb3_saved2018.html', () => {
  it('matches comment pages on every reddit host, one thread URL for all', () => {
    expect(reddit.matches(location, document)).toBe(true);
    expect(reddit.matches(new URL('https://www.reddit.com/r/aww/comments/8dyrb3/x/dxr2q90/'), document)).toBe(true);
    expect(reddit.matches(new URL('https://www.reddit.com/r/aww/'), document)).toBe(false);
    expect(reddit.matches(new URL('https://example.com/r/aww/comments/8dyrb3/'), document)).toBe(false);
    expect(reddit.threadUrl(new URL('https://www.reddit.com/r/aww/comments/8dyrb3/x/dxr2q90/?context=3'))).toBe(THREAD);
  });

  it('reads 197 comments by 150 distinct authors', () => {
    expect(comments).toHaveLength(197);
    expect(new Set(comments.map((c) => c.authorKey)).size).toBe(150);
  });

  it('reads a reply field by field, with the account id as a decimal fact', () => {
    expect(byId('dxr2q90')).toMatchObject({
      site: 'reddit',
      authorKey: 'reddit:glitterpig09',
      displayName: 'glitterpig09',
      handle: 'u/glitterpig09',
      profileUrl: 'https://www.reddit.com/user/glitterpig09',
      text: 'Ben is adorable! Is that the cardboard house from Neko Atsume??',
      time: Date.UTC(2018, 3, 21, 22, 23, 5),
      replyTo: 'reddit:dxr0evr',
      threadUrl: THREAD,
      url: 'https://www.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/dxr2q90/',
      likes: 192,
      account: { numericId: String(parseInt('mg5bi', 36)) },
    });
    // Its own reply (by Brookefemale) is not part of its text, and answers it.
    expect(byId('dxr2wt8')).toMatchObject({ authorKey: 'reddit:Brookefemale', replyTo: 'reddit:dxr2q90' });
    expect(byId('dxr2q90').text).not.toContain('cafe');
  });

  it('anchors the badge at the author link of the comment itself', () => {
    const root = page.getElementById('thing_t1_dxr2q90')!;
    expect(reddit.badgeAnchor(root)!.textContent).toBe('glitterpig09');
  });
});

// New Reddit, built from the attributes in the cited sources: NOT a real page.
const SHREDDIT = `<html><body><shreddit-comment-tree>
  <shreddit-comment author="alma_ata" thingid="t1_k1" depth="0" score="15" permalink="/r/Kazakhstan/comments/abc123/t/k1/" created="2024-05-01T10:00:00.000+0000">
    <div slot="commentAvatar"><img src="https://styles.redditmedia.com/a.png"></div>
    <div slot="commentMeta"><faceplate-hovercard><a href="/user/alma_ata/">alma_ata</a></faceplate-hovercard><time datetime="2024-05-01T10:00:00.000Z">1y</time></div>
    <div slot="comment" id="t1_k1-comment-rtjson-content"><p>Первый</p></div>
    <shreddit-comment author="bot123" thingid="t1_k2" parentid="t1_k1" depth="1" score="2" permalink="/r/Kazakhstan/comments/abc123/t/k2/">
      <div slot="commentMeta"><a href="/user/bot123/">bot123</a><faceplate-timeago ts="2024-05-01T11:00:00.000Z"></faceplate-timeago></div>
      <div slot="comment"><p>Ответ</p></div>
    </shreddit-comment>
  </shreddit-comment>
  <shreddit-comment author="[deleted]" thingid="t1_k3" depth="0"><div slot="comment"><p>[removed]</p></div></shreddit-comment>
</shreddit-comment-tree></body></html>`;

describe('reddit adapter on shreddit-comment markup (built from cited markup)', () => {
  const here = new URL('https://www.reddit.com/r/Kazakhstan/comments/abc123/title/');
  it('reads nested comments without mixing their texts, skips deleted authors', () => {
    const read = readAll(parse(SHREDDIT), here);
    expect(read.map((c) => c.id)).toEqual(['reddit:k1', 'reddit:k2']);
    expect(read[0]).toMatchObject({
      authorKey: 'reddit:alma_ata',
      text: 'Первый',
      time: Date.UTC(2024, 4, 1, 10),
      likes: 15,
      avatarUrl: 'https://styles.redditmedia.com/a.png',
      url: 'https://www.reddit.com/r/Kazakhstan/comments/abc123/t/k1/',
      threadUrl: 'https://www.reddit.com/r/Kazakhstan/comments/abc123',
    });
    expect(read[0]!.replyTo).toBeUndefined();
    expect(read[1]).toMatchObject({ authorKey: 'reddit:bot123', text: 'Ответ', replyTo: 'reddit:k1', time: Date.UTC(2024, 4, 1, 11) });
    expect(read[1]!.avatarUrl).toBeUndefined();
  });
});
