// Bluesky (bsky.app) post threads /profile/<handle>/post/<rkey>. Posts are the app's own test ids:
// `feedItem-by-<handle>` (feeds; tested on a real saved feed, test/fixtures/bluesky/) and
// `postThreadItem-by-<handle>` (thread pages; NOT YET TESTED ON A REAL PAGE — none found; the
// id is from bluesky-social/social-app src/view/com/post-thread/PostThreadItem.tsx, and the inner
// parts are the same components as in the feed). Authors are keyed by handle. The time is the
// post link's tooltip ("April 9, 2025 at 4:36 PM", in the reader's time zone); other UI languages
// are not parsed, so no time is read there rather than a wrong one.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { rootsMatching } from './rootsMatching.ts';

const ORIGIN = 'https://bsky.app';
const THREAD_PATH = /^\/profile\/([^/]+)\/post\/([a-z0-9]+)/i;

// expects: bsky.app_feed_2025.html → 51 comments, 46 authors
const POST = '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]';
const BODY = '[data-testid="postText"]';
const NAME = 'a[href^="/profile/"][aria-label="View profile"]';
const AVATAR = '[data-testid="userAvatarImage"] img[src]';
const LIKE = '[data-testid="likeBtn"]';
/** Bidi isolation marks Bluesky wraps names in. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** The first match that is the post's own, not part of a quoted post (itself a role=link box). */
function own(root: Element, selector: string): Element | null {
  for (const found of Array.from(root.querySelectorAll(selector))) {
    const box = found.parentElement?.closest('div[role="link"]');
    if (found.closest(POST) === root && (!box || box === root || !root.contains(box))) return found;
  }
  return null;
}

function handleOf(root: Element): string | undefined {
  const handle = root.getAttribute('data-testid')?.replace(/^(feedItem|postThreadItem)-by-/, '');
  return handle && /^[a-z0-9.:-]+$/i.test(handle) ? handle : undefined; // also safe inside a selector
}

function threadUrl(location: URL): string {
  const match = THREAD_PATH.exec(location.pathname);
  return match ? `${ORIGIN}/profile/${match[1]!}/post/${match[2]!}` : '';
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',

  matches(location) {
    return location.hostname === 'bsky.app' && THREAD_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, POST);
  },

  read(root, location) {
    const handle = handleOf(root);
    const link = handle ? own(root, `a[href^="/profile/${handle}/post/"]`) : null;
    const rkey = THREAD_PATH.exec(link?.getAttribute('href') ?? '')?.[2];
    const displayName = own(root, NAME)?.textContent?.replace(BIDI, '').trim() || handle;
    const key = authorKey('bluesky', { handle });
    if (!handle || !rkey || !displayName || !key) return null;
    const body = own(root, BODY);
    const url = `${ORIGIN}/profile/${handle}/post/${rkey}`;
    const comment: Comment = {
      id: `bluesky:${handle}/${rkey}`,
      site: 'bluesky',
      authorKey: key,
      displayName,
      handle: `@${handle}`,
      profileUrl: `${ORIGIN}/profile/${handle}`,
      text: body ? commentText(body) : '',
      threadUrl: threadUrl(location) || url,
      url,
    };
    const tooltip = link?.getAttribute('data-tooltip')?.replace(' at ', ' ');
    const time = tooltip ? Date.parse(tooltip) : NaN;
    if (Number.isFinite(time)) comment.time = time;
    const avatar = own(root, AVATAR)?.getAttribute('src') ?? '';
    if (/^https:\/\//.test(avatar)) comment.avatarUrl = avatar;
    const likes = /\(([\d,]+) likes?\)/.exec(own(root, LIKE)?.getAttribute('aria-label') ?? '')?.[1];
    if (likes) comment.likes = Number(likes.replace(/,/g, ''));
    return comment;
  },

  badgeAnchor(root) {
    return own(root, NAME);
  },

  threadUrl,
};
