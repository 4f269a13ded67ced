// Reddit comment pages (/r/<sub>/comments/<id>/…), two layouts:
// - old Reddit `div.thing.comment` (data-author, data-fullname, data-author-fullname): tested on a
//   real saved page (test/fixtures/reddit/);
// - new Reddit `shreddit-comment`: NOT YET TESTED ON A REAL PAGE (none found). Built from the
//   attributes kepano/defuddle reads (src/extractors/reddit.ts @0685ae34: `author`, `depth`,
//   `score`, `permalink`, `created` / `time[datetime]`, body in `[slot="comment"]`) plus `thingid`
//   and `parentid` as in toolbox-team/reddit-moderator-toolbox's shreddit tests.
// Authors are keyed by username (the same on both layouts); the t2_ account id, where old Reddit
// shows it, is base-36 and is kept as a decimal account fact (ids grow with account age).
import type { AccountFacts, Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { urlPart } from './urlPart.ts';
import { rootsMatching } from './rootsMatching.ts';

const ORIGIN = 'https://www.reddit.com';
const HOSTS = /^((www|old|new|np|sh)\.)?reddit\.com$/;
const THREAD_PATH = /^\/r\/([^/]+)\/comments\/([a-z0-9]+)/i;

// expects: old-reddit_r-aww_8dyrb3_saved2018.html → 197 comments, 150 authors
const COMMENT = '.thing.comment[data-author], shreddit-comment[author]';
const OLD_BODY = ':scope > .entry .usertext-body .md';
const OLD_TIME = ':scope > .entry .tagline time[datetime]';
const OLD_SCORE = ':scope > .entry .tagline .score.unvoted[title]';
const OLD_AUTHOR = ':scope > .entry .tagline a.author';

/** What each layout yields before it becomes a Comment; undefined where the page does not say. */
interface Fields {
  name: string | null;
  commentId: string | undefined;
  text: string;
  time: number;
  likes: number;
  replyTo: string | undefined;
  url: string | undefined;
  avatarUrl?: string | undefined;
  account?: AccountFacts | undefined;
}

/** Old Reddit's `t2_<base36>` → decimal digits, or undefined when it is not one. */
function accountNumber(fullname: string | null): string | undefined {
  const id = /^t2_([0-9a-z]{1,12})$/.exec(fullname ?? '')?.[1];
  if (!id) return undefined;
  let value = 0n;
  for (const digit of id) value = value * 36n + BigInt(parseInt(digit, 36));
  return value.toString();
}

function withoutPrefix(fullname: string | null | undefined): string | undefined {
  return /^t[13]_([a-z0-9]+)$/i.exec(fullname ?? '')?.[1];
}

/** The first match inside `root` that is not inside a nested reply. */
function own(root: Element, selector: string): Element | null {
  for (const found of Array.from(root.querySelectorAll(selector))) {
    if (found.parentElement?.closest('shreddit-comment') === root) return found;
  }
  return null;
}

function readOld(root: Element): Fields {
  const parent = root.parentElement?.closest('.thing.comment[data-fullname]')?.getAttribute('data-fullname');
  const numericId = accountNumber(root.getAttribute('data-author-fullname'));
  const score = Number(root.querySelector(OLD_SCORE)?.getAttribute('title'));
  const body = root.querySelector(OLD_BODY);
  const fields: Fields = {
    name: root.getAttribute('data-author'),
    commentId: withoutPrefix(root.getAttribute('data-fullname')),
    text: body ? commentText(body) : '',
    time: Date.parse(root.querySelector(OLD_TIME)?.getAttribute('datetime') ?? ''),
    likes: score,
    replyTo: withoutPrefix(parent),
    url: root.getAttribute('data-permalink') ?? undefined,
    account: numericId ? { numericId } : undefined,
  };
  return fields;
}

function readNew(root: Element): Fields {
  const body = own(root, '[slot="comment"]');
  const created = root.getAttribute('created') ?? own(root, 'time[datetime]')?.getAttribute('datetime') ?? own(root, 'faceplate-timeago[ts]')?.getAttribute('ts');
  const avatar = own(root, '[slot="commentAvatar"] img[src]')?.getAttribute('src') ?? undefined;
  const fields: Fields = {
    name: root.getAttribute('author'),
    commentId: withoutPrefix(root.getAttribute('thingid')),
    text: body ? commentText(body) : '',
    time: Date.parse(created ?? ''),
    likes: Number(root.getAttribute('score') ?? NaN),
    replyTo: withoutPrefix(root.getAttribute('parentid')),
    url: root.getAttribute('permalink') ?? undefined,
    avatarUrl: avatar,
  };
  return fields;
}

function threadUrl(location: URL): string {
  const match = THREAD_PATH.exec(location.pathname);
  return match ? `${ORIGIN}/r/${match[1]!}/comments/${match[2]!.toLowerCase()}` : '';
}

export const reddit: SiteAdapter = {
  id: 'reddit',

  matches(location) {
    return HOSTS.test(location.hostname) && THREAD_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const fields = root.localName === 'shreddit-comment' ? readNew(root) : readOld(root);
    const { name, commentId } = fields;
    const key = authorKey('reddit', { handle: name ?? undefined });
    if (!name || name === '[deleted]' || !commentId || !key) return null;
    const comment: Comment = {
      id: `reddit:${commentId}`,
      site: 'reddit',
      authorKey: key,
      displayName: name,
      handle: `u/${name}`,
      profileUrl: `${ORIGIN}/user/${urlPart(name)}`,
      text: fields.text ?? '',
      threadUrl: threadUrl(location),
    };
    if (Number.isFinite(fields.time)) comment.time = fields.time;
    if (fields.replyTo) comment.replyTo = `reddit:${fields.replyTo}`;
    if (fields.url) comment.url = new URL(fields.url, ORIGIN).href;
    if (Number.isInteger(fields.likes) && fields.likes >= 0) comment.likes = fields.likes;
    if (fields.avatarUrl && /^https:\/\//.test(fields.avatarUrl)) comment.avatarUrl = fields.avatarUrl;
    if (fields.account) comment.account = fields.account;
    return comment;
  },

  badgeAnchor(root) {
    if (root.localName === 'shreddit-comment') return own(root, '[slot="commentMeta"] a[href*="/user/"]') ?? own(root, '[slot="commentMeta"]');
    return root.querySelector(OLD_AUTHOR);
  },

  threadUrl,
};
