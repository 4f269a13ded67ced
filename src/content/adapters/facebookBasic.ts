// mbasic.facebook.com (the no-JavaScript layout): NOT YET TESTED ON A REAL PAGE — no saved
// mbasic page was found in public repositories. Built from the markup medialab/minet's
// Facebook comment scraper relies on (minet/facebook/mobile_scraper.py `scrape_comments`,
// commit 0e39ee2c2cb481a64d54943f804705905934f254): a comment is an element whose `id` is the
// numeric comment id and that holds `h3 > a` (the author's profile link); the text is in the
// divs after that h3 up to the one holding `[id^="like_"]` (whose id is `like_<post>_<comment>`);
// the date is only `abbr` text ("3 hrs"), so no time is read; reactions are the text of
// `a[href^="/ufi/reaction/"]`. On a `/comment/replies/?ctoken=<post>_<comment>` page the
// parent comment is shown first and every other comment answers it.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import {
  facebookCommentUrl, facebookPostUrl, facebookThreadUrl, postIdOf, profileRefOf,
} from './facebookUrls.ts';
import type { SiteAdapter } from './siteAdapter.ts';

// expects: no real page; test DOM built from minet's selectors → 3 comments, 2 authors
const CANDIDATE = 'div[id]';
const AUTHOR = 'h3 > a[href]';
const LIKE = '[id^="like_"]';
const REACTIONS = 'a[href^="/ufi/reaction/"]';

const PATHS = /^\/(?:story\.php|permalink\.php|photo\.php|comment\/replies\/?|[^/]+\/(?:posts|photos)\/.+|groups\/[^/]+\/(?:permalink|posts)\/.+)$/;

function isComment(el: Element): boolean {
  if (!/^\d+$/.test(el.id)) return false;
  const h3 = el.querySelector(AUTHOR)?.parentElement;
  // The author heading must be this comment's own, not a nested one's.
  return !!h3 && h3.parentElement?.closest(CANDIDATE) === el;
}

/** On a replies page: `ctoken=<post>_<comment>` names the comment every other one answers. */
function repliesTo(location: URL): { post: string; comment: string } | null {
  if (!/^\/comment\/replies\/?$/.test(location.pathname)) return null;
  const m = /^(\d+)_(\d+)$/.exec(location.searchParams.get('ctoken') ?? '');
  return m ? { post: m[1]!, comment: m[2]! } : null;
}

export const facebookBasic: SiteAdapter = {
  id: 'facebook',

  matches(location) {
    return location.hostname === 'mbasic.facebook.com' && PATHS.test(location.pathname);
  },

  roots(scope) {
    const found = Array.from(scope.querySelectorAll(CANDIDATE)).filter(isComment);
    return 'matches' in scope && (scope as Element).matches(CANDIDATE) && isComment(scope as Element) ? [scope as Element, ...found] : found;
  },

  read(root, location) {
    const link = root.querySelector(AUTHOR);
    const h3 = link?.parentElement;
    const profile = profileRefOf(link?.getAttribute('href'), location);
    const displayName = link?.textContent?.trim().replace(/\s+/g, ' ');
    const key = authorKey('facebook', { numericId: profile?.numericId, handle: profile?.handle, displayName });
    if (!h3 || !displayName || !key) return null;
    const parts: string[] = [];
    for (let el = h3.nextElementSibling; el && !el.querySelector(LIKE) && !el.matches(LIKE); el = el.nextElementSibling) {
      const text = commentText(el);
      if (text) parts.push(text);
    }
    const likeId = /^like_(\d+)_(\d+)$/.exec(root.querySelector(LIKE)?.id ?? '');
    const replies = repliesTo(location);
    const post = likeId?.[1] ?? replies?.post ?? postIdOf(location);
    const comment: Comment = {
      id: `facebook:${root.id}`,
      site: 'facebook',
      authorKey: key,
      displayName,
      text: parts.join('\n'),
      threadUrl: post ? facebookPostUrl(post) : facebookThreadUrl(location),
    };
    if (profile) comment.profileUrl = profile.url;
    if (profile?.handle) comment.handle = profile.handle;
    if (profile?.numericId) comment.account = { numericId: profile.numericId };
    if (post) comment.url = facebookCommentUrl(post, root.id);
    const likes = Number(root.querySelector(REACTIONS)?.textContent?.trim() || NaN);
    if (Number.isInteger(likes)) comment.likes = likes;
    if (replies && replies.comment !== root.id) comment.replyTo = `facebook:${replies.comment}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(AUTHOR);
  },

  threadUrl(location) {
    const replies = repliesTo(location);
    return replies ? facebookPostUrl(replies.post) : facebookThreadUrl(location);
  },
};
