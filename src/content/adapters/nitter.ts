// Nitter-style X mirrors (nitter.net, xcancel.com, …), status pages /<user>/status/<id>.
// NOT YET TESTED ON A REAL PAGE: no saved nitter page was found in public repositories. Built from
// nitter's own templates, zedeus/nitter src/views/tweet.nim (renderTweet: `.timeline-item` >
// `.tweet-body` > `.tweet-header` with `a.fullname`, `a.username`, `.tweet-avatar img`,
// `.tweet-date a[title]`; `.tweet-content`; `.tweet-stats` with `.icon-heart`) and status.nim
// (`.main-tweet`, `.before-tweet`, `.after-tweet`, `.replies > .reply.thread`).
// Comments are filed under site `x` with X's ids and URLs, so an account is one author whether it
// is read on x.com or on a mirror. Reply-to follows nitter's layout: each item of a reply chain
// answers the item above it, the first one answers the main tweet.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { rootsMatching } from './rootsMatching.ts';
import { ORIGIN as X, STATUS_PATH, threadUrl } from './x.ts';

/** Public instances; a mirror not listed here can be added by a user site rule. */
const HOSTS = new Set(['nitter.net', 'xcancel.com', 'nitter.poast.org', 'nitter.privacyredirect.com', 'nitter.tiekoetter.com']);

// expects: no real page (built from zedeus/nitter templates, DOM in the test)
const TWEET = '.timeline-item';
const USERNAME = '.tweet-header a.username';
const FULLNAME = '.tweet-header a.fullname';
const DATE = '.tweet-header .tweet-date a[href]';
const BODY = '.tweet-content';
const AVATAR = '.tweet-header .tweet-avatar img[src]';
const LIKES = '.tweet-stats .icon-heart';

/** "Apr 8, 2025 · 5:32 PM UTC" (nitter's getTime) → epoch ms. */
function parseNitterTime(title: string | null | undefined): number | undefined {
  const match = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) · (\d{1,2}):(\d{2}) ([AP]M) UTC$/.exec(title?.trim() ?? '');
  if (!match) return undefined;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(match[1]!);
  if (month < 0) return undefined;
  const hour = (Number(match[4]) % 12) + (match[6] === 'PM' ? 12 : 0);
  return Date.UTC(Number(match[3]), month, Number(match[2]), hour, Number(match[5]));
}

function statusOf(item: Element | null): RegExpExecArray | null {
  return STATUS_PATH.exec(item?.querySelector(DATE)?.getAttribute('href') ?? '');
}

/** The tweet this item answers, from where nitter put it (status.nim), or undefined. */
function parentItem(item: Element): Element | null {
  const previous = item.previousElementSibling;
  if (previous?.matches(TWEET) && item.parentElement?.matches('.reply, .after-tweet')) return previous;
  const doc = item.ownerDocument;
  if (item.parentElement?.matches('.reply') || item.parentElement?.matches('.after-tweet')) {
    return doc.querySelector('.main-tweet .timeline-item');
  }
  if (item.parentElement?.matches('.main-tweet')) {
    const before = doc.querySelectorAll('.before-tweet > .timeline-item');
    return before[before.length - 1] ?? null;
  }
  return null;
}

export const nitter: SiteAdapter = {
  id: 'nitter',

  matches(location) {
    return HOSTS.has(location.hostname) && STATUS_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, TWEET);
  },

  read(root, location) {
    const handle = /^\/([A-Za-z0-9_]{1,15})$/.exec(root.querySelector(USERNAME)?.getAttribute('href') ?? '')?.[1];
    const status = statusOf(root);
    const displayName = root.querySelector(FULLNAME)?.textContent?.trim() || handle;
    const key = authorKey('x', { handle });
    if (!handle || !status || !displayName || !key) return null; // "more replies", unavailable tweets
    const body = root.querySelector(BODY);
    const comment: Comment = {
      id: `x:${status[2]!}`,
      site: 'x',
      authorKey: key,
      displayName,
      handle: `@${handle}`,
      profileUrl: `${X}/${handle}`,
      text: body ? commentText(body) : '',
      threadUrl: threadUrl(location),
      url: `${X}/${status[1]!}/status/${status[2]!}`,
    };
    const time = parseNitterTime(root.querySelector(DATE)?.getAttribute('title'));
    if (time !== undefined) comment.time = time;
    const avatar = root.querySelector(AVATAR)?.getAttribute('src');
    if (avatar) comment.avatarUrl = new URL(avatar, location).href; // nitter proxies avatars under /pic/
    const likes = root.querySelector(LIKES)?.parentElement?.textContent?.trim().replace(/,/g, '');
    if (likes && /^\d+$/.test(likes)) comment.likes = Number(likes);
    const parent = statusOf(parentItem(root));
    if (parent && parent[2] !== status[2]) comment.replyTo = `x:${parent[2]!}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(USERNAME);
  },

  threadUrl,
};
