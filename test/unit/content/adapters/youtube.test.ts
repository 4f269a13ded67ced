// @vitest-environment happy-dom
// YouTube adapter: counts from the real 2018 page (PROVENANCE.md) and field checks of real
// comments; the current `ytd-comment-view-model` layout is tested on DOM built here from the cited
// markup (see youtube.ts header) — it is not a real page.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { youtube } from '../../../../src/content/adapters/youtube.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/youtube/youtube_watch_qTB3AEEUju8_saved2018.html');
const location = new URL('https://www.youtube.com/watch?v=qTB3AEEUju8&t=42s');
const THREAD = 'https://www.youtube.com/watch?v=qTB3AEEUju8';

/** Inert parse: scripts, styles and links cut from the text (the file stays byte for byte). */
function parse(html: string): Document {
  const inert = html.replace(/<link\b[^>]*>/gi, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/gi, '');
  return new DOMParser().parseFromString(inert, 'text/html');
}
const readAll = (doc: ParentNode) => youtube.roots(doc).map((r) => youtube.read(r, location)).filter((c): c is Comment => c !== null);

let page: Document;
let comments: Comment[];
const byId = (lc: string) => comments.find((c) => c.id === `youtube:${lc}`)!;

beforeAll(() => {
  page = parse(readFileSync(FIXTURE, 'utf8')); // 4 MB: parsed once for the whole file
  comments = readAll(page);
}, 60_000);

describe('youtube adapter on youtube_watch_qTB3AEEUju8_saved2018.html', () => {
  it('matches watch pages only', () => {
    expect(youtube.matches(location, document)).toBe(true);
    expect(youtube.matches(new URL('https://www.youtube.com/'), document)).toBe(false);
    expect(youtube.matches(new URL('https://www.youtube.com/results?search_query=x'), document)).toBe(false);
    expect(youtube.matches(new URL('https://example.com/watch?v=qTB3AEEUju8'), document)).toBe(false);
  });

  it('reads 35 comments by 32 distinct authors', () => {
    expect(comments).toHaveLength(35);
    expect(new Set(comments.map((c) => c.displayName)).size).toBe(32);
    expect(new Set(comments.map((c) => c.authorKey)).size).toBe(32);
  });

  it('reads a top-level comment field by field, keyed by its channel id', () => {
    expect(byId('UgwxU_rG6LuDaKqLn1t4AaABAg')).toMatchObject({
      site: 'youtube',
      authorKey: 'youtube:UCu-seaAhfi79bUUu5AwDvjA',
      displayName: 'booksbagsandscents',
      profileUrl: 'https://www.youtube.com/channel/UCu-seaAhfi79bUUu5AwDvjA',
      text: 'I never buy any tech before checking your reviews first. 😀😀', // the page's trailing U+FEFF is trimmed
      threadUrl: THREAD,
      url: `${THREAD}&lc=UgwxU_rG6LuDaKqLn1t4AaABAg`,
      likes: 72,
    });
    expect(byId('UgwxU_rG6LuDaKqLn1t4AaABAg').time).toBeUndefined(); // the page says only "1 week ago"
    expect(byId('UgwxU_rG6LuDaKqLn1t4AaABAg').replyTo).toBeUndefined();
  });

  it('keys legacy /user/ names apart from handles and rebuilds reply-to from the lc id', () => {
    const user = comments.find((c) => c.profileUrl === 'https://www.youtube.com/user/Cotictimmy')!;
    expect(user.authorKey).toBe('youtube:user/Cotictimmy');
    const replies = comments.filter((c) => c.replyTo === 'youtube:Ugzrp0E4ewPKweJx_PJ4AaABAg');
    expect(replies).toHaveLength(15);
    expect(replies[0]!.id).toBe('youtube:Ugzrp0E4ewPKweJx_PJ4AaABAg.8eqAcPCSWNh8eqBVcr3WVB');
  });

  it('anchors the badge at the author link and includes the scope itself', () => {
    const root = youtube.roots(page)[0]!;
    expect(youtube.roots(root)).toEqual([root]);
    expect(youtube.badgeAnchor(root)!.id).toBe('author-text');
  });
});

// Current markup, built from the element names in the header's cited source: NOT a real page.
const CURRENT = `
<ytd-comment-thread-renderer>
  <ytd-comment-view-model id="comment">
    <div id="author-thumbnail"><a href="/@alma_ata"><yt-img-shadow><img src="https://yt3.ggpht.com/a1=s88"></yt-img-shadow></a></div>
    <div id="main"><div id="header"><div id="header-author">
      <h3><a id="author-text" href="/@alma_ata"><span>@alma_ata</span></a></h3>
      <span id="published-time-text"><a href="/watch?v=abcdefghijk&amp;lc=UgyTop">2 days ago</a></span>
    </div></div>
    <div id="expander"><yt-attributed-string id="content-text"><span>Первый комментарий</span></yt-attributed-string></div>
    <ytd-comment-engagement-bar><span id="vote-count-middle">1.2K</span></ytd-comment-engagement-bar></div>
  </ytd-comment-view-model>
  <ytd-comment-replies-renderer><div id="expander-contents">
    <ytd-comment-view-model>
      <div id="main"><div id="header-author"><h3><a id="author-text" href="/channel/UCabcdefghijklmnopqrstuv"><span>Айгерим</span></a></h3>
      <span id="published-time-text"><a href="/watch?v=abcdefghijk&amp;lc=UgyTop.9xReply">1 day ago</a></span></div>
      <div id="expander"><yt-attributed-string id="content-text"><span>Ответ</span></yt-attributed-string></div>
      <span id="vote-count-middle">3</span></div>
    </ytd-comment-view-model>
  </div></ytd-comment-replies-renderer>
</ytd-comment-thread-renderer>`;

describe('youtube adapter on current ytd-comment-view-model markup (built from cited markup)', () => {
  const here = new URL('https://www.youtube.com/watch?v=abcdefghijk');
  it('reads a top-level comment and its reply', () => {
    const doc = parse(`<html><body>${CURRENT}</body></html>`);
    const read = youtube.roots(doc).map((r) => youtube.read(r, here));
    expect(read).toHaveLength(2);
    expect(read[0]).toMatchObject({
      id: 'youtube:UgyTop',
      authorKey: 'youtube:alma_ata',
      handle: '@alma_ata',
      displayName: '@alma_ata',
      profileUrl: 'https://www.youtube.com/@alma_ata',
      avatarUrl: 'https://yt3.ggpht.com/a1=s88',
      text: 'Первый комментарий',
      threadUrl: 'https://www.youtube.com/watch?v=abcdefghijk',
    });
    expect(read[0]!.likes).toBeUndefined(); // "1.2K" is not an exact count
    expect(read[1]).toMatchObject({ authorKey: 'youtube:UCabcdefghijklmnopqrstuv', replyTo: 'youtube:UgyTop', likes: 3, text: 'Ответ' });
  });

  it('yields nothing for an unknown layout', () => {
    const doc = parse('<html><body><ytd-comment-view-model><div>no author</div></ytd-comment-view-model></body></html>');
    expect(youtube.roots(doc).map((r) => youtube.read(r, here))).toEqual([null]);
  });
});
