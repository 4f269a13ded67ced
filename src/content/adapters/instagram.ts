// Instagram (www.instagram.com) post and reel pages: the post itself (its author's caption) and
// the comments under it. Instagram's class names are generated and change with every release,
// so nothing here reads a class: a post is an <article>, its author is the first profile link
// (`/<username>/`) with text, its time the <time datetime> inside its permalink, its caption the
// text right after the like/share <section>, its likes the number in the `/liked_by/` link.
// Comments: items of the article's comment list (`ul > div`, `ul > li`) holding a profile link
// and a <time> in a comment permalink (`/p/<code>/c/<id>/`), as AndryMI/social_crawler's
// Instagram CommentInfo.js reads them. The post part is checked on the real 2025 home feed
// (../shared/fixtures/instagram, read in place: it is under the Business Source License); the
// comment list is **not yet tested on a real page**: no saved post page with comments exists.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { httpUrl } from './httpUrl.ts';
import { lastResult } from './lastResult.ts';
import { rootsMatching } from './rootsMatching.ts';
import type { SiteAdapter } from './siteAdapter.ts';

const ORIGIN = 'https://www.instagram.com';
// expects: instagram.com_home_feed_2025.html (read directly) → 3 posts, 3 authors
const POST = 'article';
const COMMENT = 'article ul > div, article ul > li';
/** Paths that look like `/<name>/` but are Instagram's own pages, never an account. */
const RESERVED = new Set(['explore', 'reels', 'reel', 'p', 'accounts', 'stories', 'direct', 'about', 'legal', 'developer', 'tv']);
/** A post or reel: `/p/<code>/`, `/reel/<code>/`, also under a username (`/<user>/p/<code>/`). */
const POST_PATH = /^\/(?:[\w.]+\/)?(p|reel)\/([\w-]+)\//;
const COMMENT_PATH = /^\/(?:[\w.]+\/)?(?:p|reel)\/[\w-]+\/c\/(\d+)\//;

/** The username of a profile link (`/name/`), or null for anything else. */
function handleOf(link: Element): string | null {
  const m = /^\/([A-Za-z0-9._]{1,30})\/$/.exec(link.getAttribute('href') ?? '');
  return m && !RESERVED.has(m[1]!.toLowerCase()) ? m[1]! : null;
}

/** The first profile link in `root` that shows a name (the avatar link before it shows none). */
function authorLink(root: Element): { link: Element; handle: string } | null {
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const handle = handleOf(link);
    if (handle && link.textContent?.trim()) return { link, handle };
  }
  return null;
}

const isComment = (root: Element) => root.tagName !== 'ARTICLE';

/** A comment's own permalink and id, or the post's for the article itself. */
function permalink(root: Element, location: URL): { id: string; url: string; time?: number } | null {
  for (const time of Array.from(root.querySelectorAll('time[datetime]'))) {
    const href = time.closest('a[href]')?.getAttribute('href') ?? '';
    const ms = Date.parse(time.getAttribute('datetime') ?? '');
    const at = Number.isFinite(ms) ? { time: ms } : {};
    const comment = COMMENT_PATH.exec(href);
    if (isComment(root) && comment) return { id: `instagram:c:${comment[1]}`, url: httpUrl(href, location) ?? '', ...at };
    const post = POST_PATH.exec(href);
    if (!isComment(root) && post) return { id: `instagram:p:${post[2]}`, url: `${ORIGIN}/${post[1]}/${post[2]}/`, ...at };
  }
  return null;
}

/** Caption: the text just after the like/share section; a comment: its text beside the name. */
function textOf(root: Element, name: Element): string {
  if (!isComment(root)) {
    // A post page shows the caption as a heading; the feed right after the like/share section.
    const caption = root.querySelector('h1') ?? root.querySelector('section + div span[dir="auto"] > div > span[dir="auto"]');
    return caption ? commentText(caption, '[role="button"]') : '';
  }
  for (const span of Array.from(root.querySelectorAll('span[dir="auto"]'))) {
    if (!span.closest('a') && !span.contains(name) && span.textContent?.trim()) return commentText(span, '[role="button"]');
  }
  return '';
}

/** "130 likes" in a `/liked_by/` link; "Liked by x and others" gives no number. */
function likesOf(root: Element): number | undefined {
  for (const link of Array.from(root.querySelectorAll('a[href$="/liked_by/"]'))) {
    const count = /^([\d,.\s]+)\s*like/i.exec(link.textContent?.trim() ?? '');
    if (count) return Number(count[1]!.replace(/[\s,.]/g, ''));
  }
  return undefined;
}

const threadUrl = lastResult((location: URL): string => {
  const post = POST_PATH.exec(location.pathname);
  return post ? `${ORIGIN}/${post[1]}/${post[2]}/` : '';
});

export const instagram: SiteAdapter = {
  id: 'instagram',

  matches(location) {
    return /^(www\.)?instagram\.com$/.test(location.hostname) && POST_PATH.test(location.pathname);
  },

  roots(scope) {
    // A comment list's items only count when they hold a time in a comment permalink.
    return [...rootsMatching(scope, POST), ...rootsMatching(scope, COMMENT).filter((item) => item.querySelector('a[href*="/c/"] time[datetime]'))];
  },

  read(root, location) {
    const author = authorLink(root);
    const where = permalink(root, location);
    const key = author && authorKey('instagram', { handle: author.handle });
    if (!author || !where || !key || !where.url) return null;
    const thread = threadUrl(location) || (isComment(root) ? '' : where.url);
    if (!thread) return null;
    const comment: Comment = {
      id: where.id,
      site: 'instagram',
      authorKey: key,
      displayName: author.link.textContent!.trim(),
      handle: author.handle,
      profileUrl: `${ORIGIN}/${author.handle}/`,
      text: textOf(root, author.link),
      threadUrl: thread,
      url: where.url,
    };
    const avatar = httpUrl(root.querySelector('img[alt$="profile picture"]')?.getAttribute('src'), location);
    if (avatar) comment.avatarUrl = avatar;
    if (where.time !== undefined) comment.time = where.time;
    const likes = likesOf(root);
    if (likes !== undefined) comment.likes = likes;
    return comment;
  },

  badgeAnchor(root) {
    return authorLink(root)?.link ?? null;
  },

  threadUrl,
};
