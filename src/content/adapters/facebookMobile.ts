// m.facebook.com story, post, group-permalink and photo pages (the touch layout, 2021 markup):
// each comment is `div[data-sigil="comment"]` whose id is the comment id. The author's numeric
// id sits in the avatar ring's `data-sigil="feed_story_ring<id>"` even when the name is plain
// text or a vanity link, so keys match www./mbasic. pages that show `profile.php?id=`.
// Comment times are shown only as "2 hrs"/"last Wed" (no timestamp attribute): left unset.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { cssBackgroundUrl } from './cssUrl.ts';
import {
  facebookCommentUrl, facebookPostUrl, facebookThreadUrl, postIdOf, profileRefOf,
} from './facebookUrls.ts';
import { rootsMatching } from './rootsMatching.ts';
import type { SiteAdapter } from './siteAdapter.ts';

// expects: m.facebook.com_story_3065154550235644_names-plain.html → 108 comments, 101 authors
// expects: m.facebook.com_story_3065154550235644_author-links_unpacked.html → 30 comments, 28 authors
// expects: m.facebook.com_Nintendo_posts_4194934713924283_author-links_unpacked.html → 30 comments, 28 authors
// expects: m.facebook.com_story_4188174317933656_author-links_unpacked.html → 17 comments, 17 authors
// expects: m.facebook.com_groups_permalink_1629606003787605.html → 1 comment, 1 author
const COMMENT = 'div[data-sigil="comment"]';
const RING = '[data-sigil^="feed_story_ring"]';
/** The name holder: plain text or `<a href="/profile">Name</a>`; on media-only comments it is also the body. */
const NAME = '._2b05';
const BODY = '[data-sigil="comment-body"]';
const AVATAR = '.profpic';
/** Reaction count beside the comment ("3"), present only when someone reacted. */
const REACTIONS = '._14va';

const PATHS = /^\/(?:story\.php|permalink\.php|photo\.php|[^/]+\/(?:posts|photos|videos)\/.+|groups\/[^/]+\/(?:permalink|posts)\/.+)$/;

/** `{"token":"<post>_<comment>"}` on the root; older pages put the same pair in data-commentid. */
/** First match of `selector` that belongs to `root` itself, not to a reply nested inside it. */
function own(root: Element, selector: string): Element | undefined {
  return Array.from(root.querySelectorAll(selector)).find((el) => el.closest(COMMENT) === root);
}

function tokenOf(root: Element): [post: string | undefined, comment: string] | null {
  let token: string | undefined;
  try {
    const store: unknown = JSON.parse(root.getAttribute('data-store') ?? 'null');
    if (store && typeof store === 'object' && 'token' in store && typeof store.token === 'string') token = store.token;
  } catch {
    // a malformed data-store falls back to the body's data-commentid below
  }
  token ??= own(root, BODY)?.getAttribute('data-commentid') ?? undefined;
  const parts = /^(?:(\d+)_)?(\d+)$/.exec(token ?? root.id);
  return parts ? [parts[1], parts[2]!] : null;
}

function avatarOf(root: Element): string | undefined {
  const avatar = own(root, AVATAR);
  if (!avatar) return undefined;
  const src = avatar.getAttribute('src');
  return src && /^https?:\/\//.test(src) ? src : cssBackgroundUrl(avatar.getAttribute('style'));
}

export const facebookMobile: SiteAdapter = {
  id: 'facebook',

  matches(location) {
    return location.hostname === 'm.facebook.com' && PATHS.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const ids = tokenOf(root);
    const nameHolder = own(root, NAME);
    const link = nameHolder?.querySelector('a[href]');
    const displayName = (link ?? nameHolder)?.textContent?.trim().replace(/\s+/g, ' ');
    const ring = /^feed_story_ring(\d+)$/.exec(own(root, RING)?.getAttribute('data-sigil') ?? '')?.[1];
    const profile = profileRefOf(link?.getAttribute('href'), location);
    const numericId = ring ?? profile?.numericId;
    const key = authorKey('facebook', { numericId, handle: profile?.handle, displayName });
    if (!ids || !displayName || !key) return null;
    const [post = postIdOf(location) ?? undefined, commentId] = ids;
    const body = own(root, BODY);
    const comment: Comment = {
      id: `facebook:${commentId}`,
      site: 'facebook',
      authorKey: key,
      displayName,
      // When the body is also the name holder (GIF/sticker comments) it holds no words.
      text: body && body !== nameHolder ? commentText(body) : '',
      threadUrl: post ? facebookPostUrl(post) : facebookThreadUrl(location),
    };
    if (profile?.handle) comment.handle = profile.handle;
    if (profile) comment.profileUrl = profile.url;
    else if (numericId) comment.profileUrl = `https://www.facebook.com/profile.php?id=${numericId}`;
    const avatar = avatarOf(root);
    if (avatar) comment.avatarUrl = avatar;
    if (post) comment.url = facebookCommentUrl(post, commentId);
    if (numericId) comment.account = { numericId };
    const likes = Number(own(root, REACTIONS)?.textContent?.trim() || NaN);
    if (Number.isInteger(likes)) comment.likes = likes;
    // Replies opened inline sit inside their parent comment's root.
    const parent = root.parentElement?.closest(COMMENT);
    const parentIds = parent ? tokenOf(parent) : null;
    if (parentIds) comment.replyTo = `facebook:${parentIds[1]}`;
    return comment;
  },

  badgeAnchor(root) {
    return own(root, NAME) ?? null;
  },

  threadUrl: facebookThreadUrl,
};
