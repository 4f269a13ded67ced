// www.facebook.com (the React layout, 2023–2025): NOT YET TESTED ON A REAL PAGE — no saved
// www page with comments was found in public repositories. Built from the markup that
// disrex-group/FB-Comments-Exporter-User-script relies on (facebook-comment-scraper.user.js,
// commit 4f8c692c2caa28f7d5f0cd4a96c709042fd71dca): each comment and reply is a
// `[role="article"]` labelled "Comment by …"/"Reply by …", replies nested inside their parent's
// article, the author a profile link (`/profile.php?id=N`, `/<vanity>`, sometimes with
// `?comment_id=` appended), the text in `div[dir="auto"]`, and the time only as a relative
// label on a link carrying `comment_id=` (so no time is read). Class names are generated and
// change often; only roles, `dir` and URLs are used.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import {
  facebookCommentUrl, facebookPostUrl, facebookThreadUrl, isFacebookHost, postIdOf, profileRefOf,
} from './facebookUrls.ts';
import { rootsMatching } from './rootsMatching.ts';
import type { SiteAdapter } from './siteAdapter.ts';

// expects: no real page; test DOM built from the cited userscript's selectors → 3 comments, 2 authors
const ARTICLE = '[role="article"]';
const COMMENT_LINK = 'a[href*="comment_id="]';
const TEXT = 'div[dir="auto"]';

const PATHS = /^\/(?:story\.php|permalink\.php|photo\.php|photo\/?|watch\/?|reel\/\d+|[^/]+\/(?:posts|videos|photos)\/.+|groups\/[^/]+\/(?:permalink|posts)\/.+)$/;

function own(root: Element, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => el.closest(ARTICLE) === root);
}

/** `reply_comment_id` (a reply) or `comment_id` from the root's own comment link. */
function commentIdOf(root: Element, base: URL): { commentId: string; post: string | null } | null {
  for (const link of own(root, COMMENT_LINK)) {
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    // Profile links may carry the comment_id of the comment they were clicked from: skip them.
    if (!isFacebookHost(url.hostname) || profileRefOf(url.href, base)) continue;
    const id = url.searchParams.get('reply_comment_id') ?? url.searchParams.get('comment_id');
    if (id && /^\d+$/.test(id)) return { commentId: id, post: postIdOf(url) };
  }
  return null;
}

export const facebookWww: SiteAdapter = {
  id: 'facebook',

  matches(location) {
    return (location.hostname === 'www.facebook.com' || location.hostname === 'web.facebook.com') && PATHS.test(location.pathname);
  },

  roots(scope) {
    // An article is a comment only when it carries its own comment permalink (posts and media
    // containers are articles too).
    return rootsMatching(scope, ARTICLE).filter((el) => own(el, COMMENT_LINK).length > 0);
  },

  read(root, location) {
    const ids = commentIdOf(root, location);
    const authorLink = own(root, 'a[href]').find((a) => profileRefOf(a.getAttribute('href'), location) !== null);
    const profile = profileRefOf(authorLink?.getAttribute('href'), location);
    const displayName = authorLink?.textContent?.trim().replace(/\s+/g, ' ');
    const key = authorKey('facebook', { numericId: profile?.numericId, handle: profile?.handle, displayName });
    if (!ids || !profile || !displayName || !key) return null;
    const post = ids.post ?? postIdOf(location);
    const texts = own(root, TEXT).filter((el) => !authorLink?.contains(el) && !el.parentElement?.closest(TEXT));
    const comment: Comment = {
      id: `facebook:${ids.commentId}`,
      site: 'facebook',
      authorKey: key,
      displayName,
      profileUrl: profile.url,
      text: texts.map((el) => commentText(el)).filter(Boolean).join('\n'),
      threadUrl: post ? facebookPostUrl(post) : facebookThreadUrl(location),
    };
    if (profile.handle) comment.handle = profile.handle;
    if (profile.numericId) comment.account = { numericId: profile.numericId };
    if (post) comment.url = facebookCommentUrl(post, ids.commentId);
    const avatar = own(root, 'image, img').map((el) => el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttribute('src')).find((src) => src && /^https:\/\//.test(src));
    if (avatar) comment.avatarUrl = avatar;
    const parent = root.parentElement?.closest(ARTICLE);
    const parentIds = parent ? commentIdOf(parent, location) : null;
    if (parentIds) comment.replyTo = `facebook:${parentIds.commentId}`;
    return comment;
  },

  badgeAnchor(root) {
    return own(root, 'a[href]').find((a) => profileRefOf(a.getAttribute('href'), new URL('https://www.facebook.com/')) !== null) ?? null;
  },

  threadUrl: facebookThreadUrl,
};
