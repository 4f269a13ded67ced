// @vitest-environment happy-dom
// Nitter adapter on DOM built here from nitter's own templates (zedeus/nitter src/views/tweet.nim
// and status.nim, cited in nitter.ts): NOT a real saved page — none was found.
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { nitter } from '../../../../src/content/adapters/nitter.ts';

const location = new URL('https://nitter.net/alma/status/200#m');

/** One `renderTweet` output, as the template writes it. */
const tweet = (user: string, name: string, id: string, text: string, extra = '') => `
<div class="timeline-item ${extra}" data-username="${user}">
  <a class="tweet-link" href="/${user}/status/${id}#m"></a>
  <div class="tweet-body"><div>
    <div class="tweet-header">
      <a class="tweet-avatar" href="/${user}"><img class="avatar round" src="/pic/profile_images%2F1%2F${user}_bigger.jpg" alt=""></a>
      <div class="tweet-name-row"><div class="fullname-and-username">
        <a class="fullname" href="/${user}" title="${name}">${name}</a>
        <a class="username" href="/${user}" title="@${user}">@${user}</a></div>
        <span class="tweet-date"><a href="/${user}/status/${id}#m" title="Apr 8, 2025 · 5:32 PM UTC">Apr 8</a></span>
      </div>
    </div></div>
    <div class="tweet-content media-body" dir="auto">${text}</div>
    <div class="tweet-stats"><span class="tweet-stat"><div class="icon-container"><span class="icon-comment" title=""></span> 2</div></span>
      <span class="tweet-stat"><div class="icon-container"><span class="icon-heart" title=""></span> 1,234</div></span></div>
  </div>
</div>`;

const PAGE = `<html><body><div class="conversation">
  <div class="main-thread">
    <div class="before-tweet thread-line">${tweet('root', 'Root', '100', 'Начало')}</div>
    <div class="main-tweet">${tweet('alma', 'Алма', '200', 'Главный твит').replace('<a class="tweet-link" href="/alma/status/200#m"></a>', '')}</div>
  </div>
  <div class="replies">
    <div class="reply thread thread-line">${tweet('troll1', 'T1', '301', 'Ложь!')}${tweet('alma', 'Алма', '302', 'Нет')}
      <div class="timeline-item more-replies"><a class="more-replies-text" href="/alma/status/302#m">3 more replies</a></div></div>
    <div class="reply thread thread-line">${tweet('troll2', 'T2', '401', 'Ложь!', 'thread-last')}</div>
  </div></div></body></html>`;

const readAll = (doc: ParentNode) => nitter.roots(doc).map((r) => nitter.read(r, location)).filter((c): c is Comment => c !== null);

describe('nitter adapter (markup built from zedeus/nitter templates)', () => {
  it('matches status pages on known mirrors only', () => {
    expect(nitter.matches(location, document)).toBe(true);
    expect(nitter.matches(new URL('https://xcancel.com/a/status/1'), document)).toBe(true);
    expect(nitter.matches(new URL('https://nitter.net/alma'), document)).toBe(false);
    expect(nitter.matches(new URL('https://x.com/alma/status/200'), document)).toBe(false);
    expect(nitter.threadUrl(location)).toBe('https://x.com/alma/status/200');
  });

  it('reads every tweet under X ids and X author keys, and skips "more replies"', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const comments = readAll(doc);
    expect(comments.map((c) => c.id)).toEqual(['x:100', 'x:200', 'x:301', 'x:302', 'x:401']);
    expect(comments[2]).toMatchObject({
      site: 'x',
      authorKey: 'x:troll1',
      displayName: 'T1',
      handle: '@troll1',
      profileUrl: 'https://x.com/troll1',
      avatarUrl: 'https://nitter.net/pic/profile_images%2F1%2Ftroll1_bigger.jpg',
      text: 'Ложь!',
      time: Date.UTC(2025, 3, 8, 17, 32),
      threadUrl: 'https://x.com/alma/status/200',
      url: 'https://x.com/troll1/status/301',
      likes: 1234,
    });
  });

  it('rebuilds reply-to from the conversation layout', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const replyTo = Object.fromEntries(readAll(doc).map((c) => [c.id, c.replyTo]));
    expect(replyTo).toEqual({ 'x:100': undefined, 'x:200': 'x:100', 'x:301': 'x:200', 'x:302': 'x:301', 'x:401': 'x:200' });
  });
});
