// vc.ru article pages (vc.ru/<id>-<slug>, or under a section: vc.ru/<section>/<id>-<slug>), 2018
// markup: each comment is `div.comments__item[data-id]` with its replies nested inside its
// `.comments__item__children`, so every read stays inside the comment's own `__self` block.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { httpUrl } from './httpUrl.ts';
import { shownCount } from './shownCount.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { rootsMatching } from './rootsMatching.ts';

// expects: vc.ru_saved2018.html → 75 comments, 25 authors
const COMMENT = 'div.comments__item[data-id]';
const SELF = ':scope > .comments__item__space > .comments__item__self';
const USER = `${SELF} > a.comments__item__user`;
const NAME = '.comments__item__user__name';
const AVATAR = 'img.comments__item__user__image';
/** `air-date-timestamp` is unix seconds; the title says "24.04.2018 14:05:44 (Europe/Moscow)". */
const TIME = `${SELF} time[air-date-timestamp]`;
const REPLIED_TO = `${SELF} > a.comments__item__replied_to[data-id]`;
const BODY = `${SELF} .comments__item__text`;
const VOTES = `${SELF} .vote__value__v`;

/** The last path segment starts with the article's numeric id; /users/N and /u/N are profiles. */
const ARTICLE_PATH = /^\/(?:(?!users\/|u\/)[a-z0-9_-]+\/)?(\d+)(?:-[^/]*)?\/?$/i;

function threadUrl(location: URL): string {
  return `https://vc.ru/${ARTICLE_PATH.exec(location.pathname)?.[1] ?? ''}`;
}

export const vc: SiteAdapter = {
  id: 'vc',

  matches(location) {
    return /^(www\.)?vc\.ru$/.test(location.hostname) && ARTICLE_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const id = root.getAttribute('data-id')?.trim();
    const user = root.querySelector(USER);
    const profile = httpUrl(user?.getAttribute('href'), location);
    const userId = profile ? /\/users?\/(\d+)/.exec(new URL(profile).pathname)?.[1] : undefined;
    const name = user?.querySelector(NAME)?.textContent?.trim().replace(/\s+/g, ' ');
    const key = authorKey('vc', { numericId: userId, displayName: name });
    if (!id || !/^\d+$/.test(id) || !name || !key) return null;
    const thread = threadUrl(location);
    const body = root.querySelector(BODY);
    const comment: Comment = {
      id: `vc:${id}`,
      site: 'vc',
      authorKey: key,
      displayName: name,
      text: body ? commentText(body) : '',
      threadUrl: thread,
      url: `${thread}#comment-${id}`, // the anchor the page itself links each comment by
    };
    if (profile) comment.profileUrl = profile;
    if (userId) comment.account = { numericId: userId };
    const avatar = httpUrl(user?.querySelector(AVATAR)?.getAttribute('src'), location);
    if (avatar) comment.avatarUrl = avatar;
    const seconds = Number(root.querySelector(TIME)?.getAttribute('air-date-timestamp'));
    if (Number.isFinite(seconds) && seconds > 0) comment.time = seconds * 1000;
    const likes = shownCount(root.querySelector(VOTES)?.textContent);
    if (likes !== undefined) comment.likes = likes;
    const parent = root.querySelector(REPLIED_TO)?.getAttribute('data-id');
    if (parent && /^\d+$/.test(parent)) comment.replyTo = `vc:${parent}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(USER);
  },

  threadUrl,
};
