// Disqus comment embeds: the iframe document at disqus.com/embed/comments/?f=<forum>&t_u=<article>,
// 2018 markup (the content script must run in that frame). Each comment is `li.post#post-N` with
// its replies in its own `ul.children`, so reads stay in its own `.post-content` and reply-to is
// the nearest enclosing post. Authors are keyed by the numeric user id on their avatar.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { httpUrl } from './httpUrl.ts';
import { parseRussianDate } from './parseRussianDate.ts';
import { shownCount } from './shownCount.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { urlPart } from './urlPart.ts';
import { rootsMatching } from './rootsMatching.ts';

// expects: disqus_embed_mobile-review_saved2018.html → 50 comments, 32 authors
const COMMENT = 'li.post[id^="post-"]';
const OWN = ':scope > .post-content';
const AUTHOR = `${OWN} .post-byline .author`;
const AUTHOR_LINK = `${AUTHOR} a[data-username]`;
const AVATAR = `${OWN} .avatar img[data-role="user-avatar"]`;
/** `title` is the full date in the reader's language and time zone: Disqus formats it in the browser. */
const TIME = `${OWN} a.time-ago[title]`;
const LIKES = `${OWN} [data-role="likes"]`;
const BODY = `${OWN} [data-role="message"]`;

function threadUrl(location: URL): string {
  // The article the embed belongs to; without it, the forum and thread identifier name the thread.
  const article = httpUrl(location.searchParams.get('t_u'), location);
  if (article) return article;
  const url = new URL('https://disqus.com/embed/comments/');
  for (const key of ['f', 't_i']) {
    const value = location.searchParams.get(key);
    if (value) url.searchParams.set(key, value);
  }
  return url.href;
}

function postIdOf(element: Element | null | undefined): string | undefined {
  return /^post-(\d+)$/.exec(element?.id ?? '')?.[1];
}

/** English dates appear when the reader's Disqus language is English; only Russian ones are read. */
function timeOf(title: string | null | undefined): number | undefined {
  return parseRussianDate(title, 'local');
}

export const disqus: SiteAdapter = {
  id: 'disqus',

  matches(location) {
    return location.hostname === 'disqus.com' && /^\/embed\/comments\/?$/.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const id = postIdOf(root);
    const link = root.querySelector(AUTHOR_LINK);
    const username = link?.getAttribute('data-username')?.trim();
    const userId = root.querySelector(AVATAR)?.getAttribute('data-user')?.trim();
    // Guests have a name but no account: the name is all there is to key them by.
    const name = root.querySelector(AUTHOR)?.textContent?.trim().replace(/\s+/g, ' ');
    const key = authorKey('disqus', { numericId: userId, handle: username, displayName: name });
    if (!id || !name || !key) return null;
    const body = root.querySelector(BODY);
    const comment: Comment = {
      id: `disqus:${id}`,
      site: 'disqus',
      authorKey: key,
      displayName: name,
      text: body ? commentText(body) : '',
      threadUrl: threadUrl(location),
    };
    if (username) {
      comment.handle = username;
      comment.profileUrl = `https://disqus.com/by/${urlPart(username)}/`;
    }
    if (userId && /^\d+$/.test(userId)) comment.account = { numericId: userId };
    const avatar = httpUrl(root.querySelector(AVATAR)?.getAttribute('src'), location);
    if (avatar) comment.avatarUrl = avatar;
    const permalink = httpUrl(root.querySelector(TIME)?.getAttribute('href'), location);
    if (permalink) comment.url = permalink;
    const time = timeOf(root.querySelector(TIME)?.getAttribute('title'));
    if (time !== undefined) comment.time = time;
    const likes = shownCount(root.querySelector(LIKES)?.textContent);
    if (likes !== undefined) comment.likes = likes;
    const parent = postIdOf(root.parentElement?.closest(COMMENT));
    if (parent) comment.replyTo = `disqus:${parent}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(AUTHOR);
  },

  threadUrl,
};
