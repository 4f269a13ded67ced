// YouTube watch pages (https://www.youtube.com/watch?v=ID). Two layouts:
// - 2018 Polymer `ytd-comment-renderer`: tested on a real saved page (test/fixtures/youtube/);
// - current `ytd-comment-view-model` (top level inside `ytd-comment-thread-renderer`, replies inside
//   `ytd-comment-replies-renderer`): NOT YET TESTED ON A REAL PAGE (none found in public repositories).
//   Built from the element names and ids `a#author-text`, `yt-attributed-string#content-text` used by
//   theo-born/Channel-Blocker-Plus (content/observer_components/video/comment.js), which match the
//   2018 ids `#author-text`, `#content-text`, `#published-time-text`, `#author-thumbnail`, `#vote-count-middle`.
// YouTube shows only relative times ("1 week ago"), so no time is read. Comment ids are the `lc`
// parameter of the permalink; a reply's `lc` is "<parent>.<reply>", which gives reply-to.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { decodeUrlPart, urlPart } from './urlPart.ts';
import { rootsMatching } from './rootsMatching.ts';

const ORIGIN = 'https://www.youtube.com';

// expects: youtube_watch_qTB3AEEUju8_saved2018.html → 35 comments, 32 authors
const COMMENT = 'ytd-comment-renderer, ytd-comment-view-model';
const AUTHOR = '#author-text';
const BODY = '#content-text';
const PERMALINK = '#published-time-text a[href]';
const AVATAR = '#author-thumbnail img[src]';
const LIKES = '#vote-count-middle';

/** The first `selector` match that belongs to `root`, not to a reply rendered inside it. */
function own(root: Element, selector: string): Element | null {
  for (const found of Array.from(root.querySelectorAll(selector))) {
    if (found.closest(COMMENT) === root) return found;
  }
  return null;
}

/** Channel path → the identity it names: channel ids (UC…) over @handles over legacy /user/ names. */
function identityOf(href: string | null): { handle?: string; profileUrl?: string } {
  if (!href) return {};
  const url = new URL(href, ORIGIN);
  const channel = /^\/channel\/(UC[\w-]{22})\/?$/.exec(url.pathname);
  if (channel) return { handle: channel[1]!, profileUrl: `${ORIGIN}/channel/${channel[1]!}` };
  const at = /^\/(@[^/]+)\/?$/.exec(url.pathname);
  if (at) return { handle: decodeUrlPart(at[1]!), profileUrl: `${ORIGIN}/${at[1]!}` };
  // Legacy user names live in their own namespace (`user/NAME`) so they never pass for an @handle.
  const user = /^\/user\/([^/]+)\/?$/.exec(url.pathname);
  if (user) return { handle: `user/${decodeUrlPart(user[1]!)}`, profileUrl: `${ORIGIN}/user/${user[1]!}` };
  return {};
}

function commentIdOf(root: Element): string | null {
  const href = own(root, PERMALINK)?.getAttribute('href');
  return href ? new URL(href, ORIGIN).searchParams.get('lc') : null;
}

/** "72", "1,234" → number; abbreviated counts ("1.2K") are not exact, so they are left out. */
function exactCount(text: string | null | undefined): number | undefined {
  const digits = text?.trim().replace(/[,\s\u00a0]/g, '');
  return digits && /^\d+$/.test(digits) ? Number(digits) : undefined;
}

function threadUrl(location: URL): string {
  const id = location.searchParams.get('v') ?? '';
  return `${ORIGIN}/watch?v=${urlPart(id)}`;
}

export const youtube: SiteAdapter = {
  id: 'youtube',

  matches(location) {
    return /^(www\.|m\.)?youtube\.com$/.test(location.hostname) && location.pathname === '/watch' && /^[\w-]{6,}$/.test(location.searchParams.get('v') ?? '');
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const link = own(root, AUTHOR);
    const name = link?.textContent?.trim().replace(/\s+/g, ' ');
    const lc = commentIdOf(root);
    const identity = identityOf(link?.getAttribute('href') ?? null);
    const key = authorKey('youtube', { handle: identity.handle, displayName: name });
    if (!name || !lc || !key) return null; // an unrendered template or a deleted comment
    const thread = threadUrl(location);
    const body = own(root, BODY);
    const comment: Comment = {
      id: `youtube:${lc}`,
      site: 'youtube',
      authorKey: key,
      displayName: name,
      text: body ? commentText(body) : '',
      threadUrl: thread,
      url: `${thread}&lc=${urlPart(lc)}`,
    };
    if (identity.handle?.startsWith('@')) comment.handle = identity.handle;
    if (identity.profileUrl) comment.profileUrl = identity.profileUrl;
    const avatar = own(root, AVATAR)?.getAttribute('src');
    const avatarUrl = avatar ? new URL(avatar, location).href : '';
    if (/^https?:/.test(avatarUrl)) comment.avatarUrl = avatarUrl;
    const parent = lc.includes('.') ? lc.split('.')[0] : undefined;
    if (parent) comment.replyTo = `youtube:${parent}`;
    const likes = exactCount(own(root, LIKES)?.textContent);
    if (likes !== undefined) comment.likes = likes;
    return comment;
  },

  badgeAnchor(root) {
    return own(root, AUTHOR);
  },

  threadUrl,
};
