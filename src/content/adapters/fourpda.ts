// 4PDA news articles (4pda.ru, now 4pda.to: /YYYY/MM/DD/<id>/), 2018 markup: each comment is a
// `li[data-author-id]` whose replies nest in its own `ul.comment-list`, so reads stay in the
// comment's own block and reply-to is the nearest enclosing comment. Pages are windows-1251.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { httpUrl } from './httpUrl.ts';
import { MOSCOW, parseRussianDate } from './parseRussianDate.ts';
import { shownCount } from './shownCount.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { rootsMatching } from './rootsMatching.ts';

// expects: 4pda.ru_2018-04-23_350937_saved2018_cp1251.html → 16 comments, 12 authors
const COMMENT = 'li[data-author-id]';
const OWN = ':scope > div[id^="comment-"]';
const NICK = `${OWN} > .heading > a.nickname`;
/** "23.04.18 | 20:31": 4PDA prints Moscow time. */
const META = `${OWN} > .heading > .h-meta`;
const LIKES = `${OWN} > .heading .karma .num`;
const BODY = `${OWN} > .content`;

const ARTICLE_PATH = /^\/(\d{4})\/(\d{2})\/(\d{2})\/(\d+)\/?$/;
const HOSTS = /^(www\.)?4pda\.(ru|to)$/;

/** One thread across the 2022 move from 4pda.ru to 4pda.to. */
function threadUrl(location: URL): string {
  const [, y, m, d, id] = ARTICLE_PATH.exec(location.pathname) ?? [];
  return `https://4pda.to/${y}/${m}/${d}/${id}/`;
}

function commentIdOf(element: Element | null | undefined): string | undefined {
  return /^comment-(\d+)$/.exec(element?.querySelector(OWN)?.id ?? '')?.[1];
}

export const fourpda: SiteAdapter = {
  id: '4pda',

  matches(location) {
    return HOSTS.test(location.hostname) && ARTICLE_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const id = commentIdOf(root);
    const authorId = root.getAttribute('data-author-id')?.trim();
    const nick = root.querySelector(NICK);
    const name = (nick?.getAttribute('title') || nick?.textContent)?.trim();
    const key = authorKey('4pda', { numericId: authorId, displayName: name });
    if (!id || !name || !key) return null;
    const thread = threadUrl(location);
    const body = root.querySelector(BODY);
    const comment: Comment = {
      id: `4pda:${id}`,
      site: '4pda',
      authorKey: key,
      displayName: name,
      text: body ? commentText(body) : '',
      threadUrl: thread,
      url: `${thread}#comment${id}`,
    };
    const profile = httpUrl(nick?.getAttribute('href'), location);
    if (profile) comment.profileUrl = profile;
    if (authorId && /^\d+$/.test(authorId)) comment.account = { numericId: authorId };
    const time = parseRussianDate(root.querySelector(META)?.textContent, MOSCOW);
    if (time !== undefined) comment.time = time;
    const likes = shownCount(root.querySelector(LIKES)?.textContent);
    if (likes !== undefined) comment.likes = likes;
    const parent = commentIdOf(root.parentElement?.closest(COMMENT));
    if (parent) comment.replyTo = `4pda:${parent}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(NICK);
  },

  threadUrl,
};
