// Mastodon thread pages (`https://<instance>/@<acct>/<status id>`, the web app's replies):
// NOT YET TESTED ON A REAL PAGE — no saved Mastodon page was found in public repositories.
// Built from Mastodon's own component source (mastodon/mastodon
// app/javascript/mastodon/components/status.jsx, commit 02ac18da5128810c78f4930fa428bd8a7bffb1c3):
// each post is `.status[data-id]`; `a.status__display-name` links `/@<acct>` with the acct in
// its `title`; the permalink `a.status__relative-time` (`/@<acct>/<id>`) holds the time
// (`<time datetime>`); the text is `.status__content__text`; the avatar `.status__avatar img`.
// The author key is the full `user@instance` address: account ids (`data-hover-card-account`)
// are per instance, so the same person has different ids on different servers.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { rootsMatching } from './rootsMatching.ts';
import type { SiteAdapter } from './siteAdapter.ts';

// expects: no real page; test DOM built from Mastodon's status component → 3 comments, 2 authors
const STATUS = '.status[data-id]';
const AUTHOR = 'a.status__display-name';
const NAME = '.display-name__html';
const PERMALINK = 'a.status__relative-time';
const TIME = 'time[datetime]';
const TEXT = '.status__content__text';
const AVATAR = '.status__avatar img';

/** Instances whose host alone says "Mastodon"; elsewhere the page must carry the web app's root. */
const KNOWN_INSTANCES = new Set(['mastodon.social', 'mastodon.online']);
const THREAD_PATH = /^\/@([A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+)?)\/(\d+)\/?$/;

/** `user` on the page's own instance becomes `user@instance`; remote accts keep their domain. */
function fullAcct(acct: string, location: URL): string {
  const bare = acct.replace(/^@/, '');
  return bare.includes('@') ? bare.toLowerCase() : `${bare}@${location.hostname}`.toLowerCase();
}

function threadUrl(location: URL): string {
  const m = THREAD_PATH.exec(location.pathname);
  return m ? `${location.origin}/@${m[1]!}/${m[2]!}` : `${location.origin}${location.pathname}`;
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',

  matches(location, doc) {
    return location.protocol === 'https:' && THREAD_PATH.test(location.pathname)
      && (KNOWN_INSTANCES.has(location.hostname) || doc.getElementById('mastodon') !== null);
  },

  roots(scope) {
    return rootsMatching(scope, STATUS);
  },

  read(root, location) {
    const author = root.querySelector(AUTHOR);
    const acct = author?.getAttribute('title') ?? /^\/@([^/]+)$/.exec(author?.getAttribute('href') ?? '')?.[1];
    const id = root.getAttribute('data-id');
    if (!acct || !id || !/^[A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+)?$/.test(acct.replace(/^@/, ''))) return null;
    const handle = fullAcct(acct, location);
    const displayName = (author?.querySelector(NAME) ?? author)?.textContent?.trim().replace(/\s+/g, ' ') || handle;
    const key = authorKey('mastodon', { handle, displayName });
    if (!key) return null;
    const body = root.querySelector(TEXT);
    const comment: Comment = {
      id: `mastodon:${location.hostname}/${id}`,
      site: 'mastodon',
      authorKey: key,
      displayName,
      handle,
      profileUrl: `${location.origin}/@${acct.replace(/^@/, '')}`,
      text: body ? commentText(body) : '',
      threadUrl: threadUrl(location),
      url: `${location.origin}/@${acct.replace(/^@/, '')}/${id}`,
    };
    const avatar = root.querySelector(AVATAR)?.getAttribute('src');
    if (avatar && /^https:\/\//.test(avatar)) comment.avatarUrl = avatar;
    const time = Date.parse(root.querySelector(`${PERMALINK} ${TIME}`)?.getAttribute('datetime') ?? '');
    if (Number.isFinite(time)) comment.time = time;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(AUTHOR);
  },

  threadUrl,
};
