// X (Twitter) status pages (https://x.com/<user>/status/<id>): every tweet of the conversation is
// an `article[data-testid="tweet"]`. A quoted tweet sits inside the article in a `div[role="link"]`,
// so every field is read only from parts outside such a quote. X shows no numeric account ids in
// the page, so authors are keyed by @handle. The page shows no reply-to ids: reply-to is not read.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { rootsMatching } from './rootsMatching.ts';

export const ORIGIN = 'https://x.com';
const HOSTS = /^((www|mobile)\.)?(x|twitter)\.com$/;
/** `/<handle>/status/<id>`, on x.com and on its nitter mirrors alike. */
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

// expects: x.com_status_thread_eli_lifland_2025.html → 4 comments, 1 authors
// expects: x.com_home_timeline_2025.html → 5 comments, 5 authors
const TWEET = 'article[data-testid="tweet"]';
const USER_NAME = '[data-testid="User-Name"]';
const BODY = '[data-testid="tweetText"]';
const TIME = 'a[href*="/status/"] time[datetime]';
const AVATAR = '[data-testid="Tweet-User-Avatar"] img[src]';
const LIKE = 'button[data-testid="like"], button[data-testid="unlike"]';
const QUOTE = 'div[role="link"]'; // the quote box; links (a[role=link]) are the tweet's own

/** The first match in `root` that is not part of a quoted tweet. */
function own(root: Element, selector: string): Element | null {
  for (const found of Array.from(root.querySelectorAll(selector))) {
    const quote = found.parentElement?.closest(QUOTE);
    if (found.closest(TWEET) === root && !(quote && root.contains(quote))) return found;
  }
  return null;
}

/** "538 Likes. Like" → 538; "1.2K" is not exact and is left out. */
function likesOf(label: string | null | undefined): number | undefined {
  const match = /^([\d,]+)\s/.exec(label?.trim() ?? '');
  return match ? Number(match[1]!.replace(/,/g, '')) : undefined;
}

/** The x.com address of the status at `location`, whichever host shows it. */
export function threadUrl(location: URL): string {
  const match = STATUS_PATH.exec(location.pathname);
  return match ? `${ORIGIN}/${match[1]!}/status/${match[2]!}` : '';
}

export const x: SiteAdapter = {
  id: 'x',

  matches(location) {
    return HOSTS.test(location.hostname) && STATUS_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, TWEET);
  },

  read(root, location) {
    const names = own(root, USER_NAME);
    const profile = names?.querySelector('a[href^="/"]');
    const handle = /^\/([A-Za-z0-9_]{1,15})$/.exec(profile?.getAttribute('href') ?? '')?.[1];
    const displayName = profile?.textContent?.trim().replace(/\s+/g, ' ') || handle;
    const permalink = own(root, TIME)?.closest('a');
    const status = STATUS_PATH.exec(permalink?.getAttribute('href') ?? '');
    const key = authorKey('x', { handle });
    if (!handle || !displayName || !status || !key) return null; // promoted, withheld or unknown layout
    const body = own(root, BODY);
    const comment: Comment = {
      id: `x:${status[2]!}`,
      site: 'x',
      authorKey: key,
      displayName,
      handle: `@${handle}`,
      profileUrl: `${ORIGIN}/${handle}`,
      text: body ? commentText(body) : '',
      threadUrl: threadUrl(location) || `${ORIGIN}/${status[1]!}/status/${status[2]!}`,
      url: `${ORIGIN}/${status[1]!}/status/${status[2]!}`,
    };
    const time = Date.parse(own(root, TIME)?.getAttribute('datetime') ?? '');
    if (Number.isFinite(time)) comment.time = time;
    const avatar = own(root, AVATAR)?.getAttribute('src') ?? '';
    if (/^https:\/\//.test(avatar)) comment.avatarUrl = avatar;
    const likes = likesOf(own(root, LIKE)?.getAttribute('aria-label'));
    if (likes !== undefined) comment.likes = likes;
    return comment;
  },

  badgeAnchor(root) {
    return own(root, USER_NAME)?.querySelector('a[href^="/"]') ?? null;
  },

  threadUrl,
};
