// Pikabu story pages (pikabu.ru/story/<slug>_<id>), 2018 markup: every comment is
// `div.comment#comment_N` whose `data-meta` carries its parent id ("pid"), ISO time ("d") and
// rating ("r"); replies nest inside `.comment__children`, so reads stay in the comment's own
// header and body, never a descendant's. Pages are windows-1251; the browser decodes them.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { httpUrl } from './httpUrl.ts';
import { shownCount } from './shownCount.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { urlPart } from './urlPart.ts';
import { rootsMatching } from './rootsMatching.ts';

// expects: pikabu.ru_story_5865577_saved2018_cp1251.html → 59 comments, 26 authors
/** `data-meta` keeps the sidebar's "comment of the day" (another story, no id) out. */
const COMMENT = 'div.comment[id^="comment_"][data-meta]';
const OWN = ':scope > .comment__body';
const USER = `${OWN} > .comment__header > .comment__user[data-name]`;
const NICK = '.user__nick';
const AVATAR = '.avatar img';
const TIME = `${OWN} > .comment__header > time[datetime]`;
const RATING = `${OWN} > .comment__header > .comment__rating-count`;
const PERMALINK = `${OWN} > .comment__header [data-role="link"][href]`;
const BODY = `${OWN} > .comment__content`;

const STORY_PATH = /^\/story\/([^/]*_)?(\d+)\/?$/;

/** `id=1,pid=0,d=2018-04-24T10:38:05+03:00,r=9,…` to a map; values never hold commas. */
function metaOf(root: Element): Map<string, string> {
  const meta = new Map<string, string>();
  for (const pair of (root.getAttribute('data-meta') ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at > 0) meta.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return meta;
}

function threadUrl(location: URL): string {
  // The id names the story; the slug is kept because Pikabu's own links carry it.
  const match = STORY_PATH.exec(location.pathname);
  return `https://pikabu.ru/story/${match?.[1] ?? ''}${match?.[2] ?? ''}`;
}

export const pikabu: SiteAdapter = {
  id: 'pikabu',

  matches(location) {
    return /^(www\.|m\.)?pikabu\.ru$/.test(location.hostname) && STORY_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const id = /^comment_(\d+)$/.exec(root.id)?.[1];
    const user = root.querySelector(USER);
    const name = user?.getAttribute('data-name')?.trim();
    const key = authorKey('pikabu', { handle: name });
    if (!id || !name || !key) return null;
    const thread = threadUrl(location);
    const body = root.querySelector(BODY);
    const comment: Comment = {
      id: `pikabu:${id}`,
      site: 'pikabu',
      authorKey: key,
      displayName: user?.querySelector(NICK)?.textContent?.trim() || name,
      handle: name,
      profileUrl: `https://pikabu.ru/@${urlPart(name)}`,
      text: body ? commentText(body) : '',
      threadUrl: thread,
      url: httpUrl(root.querySelector(PERMALINK)?.getAttribute('href'), location) ?? `${thread}?cid=${id}`,
    };
    const avatar = httpUrl(user?.querySelector(AVATAR)?.getAttribute('src'), location);
    if (avatar) comment.avatarUrl = avatar;
    const meta = metaOf(root);
    const time = Date.parse(root.querySelector(TIME)?.getAttribute('datetime') ?? meta.get('d') ?? '');
    if (Number.isFinite(time)) comment.time = time;
    const likes = shownCount(root.querySelector(RATING)?.textContent) ?? shownCount(meta.get('r'));
    if (likes !== undefined) comment.likes = likes;
    const parent = meta.get('pid');
    if (parent && /^\d+$/.test(parent) && parent !== '0') comment.replyTo = `pikabu:${parent}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(USER);
  },

  threadUrl,
};
