// Habr as server-rendered in 2018 (habrahabr.ru and geektimes.ru, one account system): each
// comment is `div.comment#comment_N`, preceded in its list item by `span.parent_id` naming the
// comment it answers. Today's habr.com is a different app (`tm-comment-…` markup) that no real
// saved page shows yet, so this adapter does not claim habr.com.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { httpUrl } from './httpUrl.ts';
import { MOSCOW, parseRussianDate } from './parseRussianDate.ts';
import { shownCount } from './shownCount.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { rootsMatching } from './rootsMatching.ts';

// expects: habrahabr.ru_post_354052_saved2018.html → 11 comments, 6 authors
// expects: geektimes.ru_post_300211_saved2018.html → 11 comments, 10 authors
const COMMENT = 'div.comment[id^="comment_"]';
const AUTHOR = '.comment__head a.user-info[data-user-login]';
const NICKNAME = '.user-info__nickname';
const AVATAR = 'img.user-info__image-pic';
/** "22.04.18 в 23:19": Habr printed Moscow time to readers who were not logged in. */
const TIME = '.comment__head time.comment__date-time';
const SCORE = '.comment__head .js-score';
const BODY = '.comment__message';

const HOSTS = new Set(['habrahabr.ru', 'geektimes.ru']);
/** /post/N/, /company/NAME/blog/N/ and /users/NAME/blog/N/ all name one article N. */
const ARTICLE_PATH = /^\/(?:post|(?:company|users)\/[^/]+\/blog)\/(\d+)\/?$/;

function host(location: URL): string {
  return location.hostname.replace(/^(www|m)\./, '');
}

function threadUrl(location: URL): string {
  const id = ARTICLE_PATH.exec(location.pathname)?.[1] ?? '';
  return `https://${host(location)}/post/${id}/`;
}

function commentId(root: Element): string | undefined {
  return /^comment_(\d+)$/.exec(root.id)?.[1];
}

export const habr: SiteAdapter = {
  id: 'habr',

  matches(location) {
    return HOSTS.has(host(location)) && ARTICLE_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const id = commentId(root);
    const link = root.querySelector(AUTHOR);
    const login = link?.getAttribute('data-user-login')?.trim();
    const key = authorKey('habr', { handle: login });
    if (!id || !login || !key) return null;
    const thread = threadUrl(location);
    const body = root.querySelector(BODY);
    const comment: Comment = {
      id: `habr:${id}`,
      site: 'habr',
      authorKey: key,
      displayName: link?.querySelector(NICKNAME)?.textContent?.trim() || login,
      handle: login,
      text: body ? commentText(body) : '',
      threadUrl: thread,
      url: `${thread}#comment_${id}`,
    };
    const profile = httpUrl(link?.getAttribute('href'), location);
    if (profile) comment.profileUrl = profile;
    const avatar = httpUrl(link?.querySelector(AVATAR)?.getAttribute('src'), location);
    if (avatar) comment.avatarUrl = avatar;
    const time = parseRussianDate(root.querySelector(TIME)?.textContent, MOSCOW);
    if (time !== undefined) comment.time = time;
    const likes = shownCount(root.querySelector(SCORE)?.textContent);
    if (likes !== undefined) comment.likes = likes;
    // The marker sits just before the comment in its list item; "0" means top level.
    const marker = root.previousElementSibling;
    const parent = marker?.matches('span.parent_id') ? marker.getAttribute('data-parent_id') : null;
    if (parent && /^\d+$/.test(parent) && parent !== '0') comment.replyTo = `habr:${parent}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(AUTHOR);
  },

  threadUrl,
};
