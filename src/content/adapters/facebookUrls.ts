// Facebook URLs that mean the same thing on www., m. and mbasic.: one canonical thread URL per
// post, one comment permalink, and what a profile link says about its owner (numeric id or
// vanity handle). Shared by the three Facebook layouts so one story is one thread everywhere.

export const FACEBOOK_ORIGIN = 'https://www.facebook.com';

const FACEBOOK_HOST = /^(?:www\.|m\.|mbasic\.|web\.|touch\.)?facebook\.com$/;

/** Paths of the three layouts that are not profiles even though they look like `/<name>`. */
const NOT_PROFILES = new Set([
  'story.php', 'permalink.php', 'photo.php', 'photo', 'photos', 'groups', 'pages', 'watch', 'ufi', 'a',
  'comment', 'home.php', 'login', 'login.php', 'hashtag', 'events', 'reel', 'stories', 'share', 'l.php',
]);

export function isFacebookHost(hostname: string): boolean {
  return FACEBOOK_HOST.test(hostname);
}

/** The post id a story URL names: `story_fbid=`, `/posts/<id>`, `/permalink/<id>`, `fbid=`. */
export function postIdOf(url: URL): string | null {
  const byParam = url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid');
  if (byParam && /^(?:\d+|pfbid\w+)$/.test(byParam)) return byParam;
  const byPath = /\/(?:posts|permalink|videos)\/(\d+|pfbid\w+)/.exec(url.pathname);
  return byPath?.[1] ?? null;
}

/**
 * One URL per post whatever layout shows it: `https://www.facebook.com/<postId>` (Facebook
 * serves a post at its bare id). Pages that name no post keep their path on the www host, so
 * at least m. and www. of the same page agree.
 */
export function facebookThreadUrl(location: URL): string {
  const post = postIdOf(location);
  if (post) return `${FACEBOOK_ORIGIN}/${post}`;
  return `${FACEBOOK_ORIGIN}${location.pathname.replace(/\/+$/, '') || '/'}`;
}

export function facebookPostUrl(postId: string): string {
  return `${FACEBOOK_ORIGIN}/${postId}`;
}

export function facebookCommentUrl(postId: string, commentId: string): string {
  return `${FACEBOOK_ORIGIN}/${postId}?comment_id=${commentId}`;
}

export interface ProfileRef {
  numericId?: string;
  handle?: string;
  /** Absolute www URL of the profile without tracking parameters. */
  url: string;
}

/** What a profile link names: `profile.php?id=N` → numeric id, `/<vanity>` → handle. */
export function profileRefOf(href: string | null | undefined, base: URL): ProfileRef | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!isFacebookHost(url.hostname)) return null;
  const id = url.searchParams.get('id');
  if (/^\/profile\.php$/.test(url.pathname)) {
    return id && /^\d+$/.test(id) ? { numericId: id, url: `${FACEBOOK_ORIGIN}/profile.php?id=${id}` } : null;
  }
  // Group member links: /groups/<group>/user/<numeric id>/
  const member = /^\/groups\/[^/]+\/user\/(\d+)\/?$/.exec(url.pathname);
  if (member) return { numericId: member[1]!, url: `${FACEBOOK_ORIGIN}/profile.php?id=${member[1]!}` };
  const vanity = /^\/([A-Za-z0-9.\-_]+)\/?$/.exec(url.pathname)?.[1];
  if (!vanity || NOT_PROFILES.has(vanity)) return null;
  return /^\d+$/.test(vanity)
    ? { numericId: vanity, url: `${FACEBOOK_ORIGIN}/profile.php?id=${vanity}` }
    : { handle: vanity, url: `${FACEBOOK_ORIGIN}/${vanity}` };
}
