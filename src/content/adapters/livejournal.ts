// LiveJournal entry pages (NAME.livejournal.com/N.html), the 2018 "mdspost" comment markup: each
// comment is an `article.mdspost-comment[data-username]` inside a flat list of thread rows whose
// class says their depth (`mdspost-thread--level-N`); reply-to is rebuilt from those levels.
// Collapsed comments show author and userpic only: their text is empty and their time unknown.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { httpUrl } from './httpUrl.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { rootsMatching } from './rootsMatching.ts';

// expects: lozga.livejournal.com_170880_saved2018.html → 89 comments, 37 authors
const COMMENT = 'article.mdspost-comment[data-username]';
const ROW = '.mdspost-thread';
const BODY = '.mdspost-comment__body';
/** "April 12 2018, 04:38:42 UTC": only full (not collapsed) comments print it. */
const TIME = 'a.mdspost-comment-time--ctime';
const PROFILE = '.mdspost-comment-username a.i-ljuser-profile';
const NAME_LINK = '.mdspost-comment-username a.i-ljuser-username';
const USERPIC = '.mdspost-comment-userpic__pic';
const ENTRY_PATH = /^\/(\d+)\.html$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function journalOf(location: URL): string {
  return location.hostname.replace(/\.livejournal\.com$/, '');
}

function threadUrl(location: URL): string {
  return `https://${location.hostname}/${ENTRY_PATH.exec(location.pathname)?.[1] ?? ''}.html`;
}

function levelOf(row: Element | null): number | undefined {
  const level = /\bmdspost-thread--level-(\d+)\b/.exec(row?.className ?? '')?.[1];
  return level === undefined ? undefined : Number(level);
}

function parseUtc(text: string | null | undefined): number | undefined {
  const m = /([A-Z][a-z]+) (\d{1,2}) (\d{4}), (\d{1,2}):(\d{2}):(\d{2}) UTC/.exec(text ?? '');
  const month = m ? MONTHS.indexOf(m[1]!) : -1;
  if (!m || month < 0) return undefined;
  return Date.UTC(Number(m[3]), month, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]));
}

/**
 * The nearest earlier row one level up is the parent. A "N more comments" row met first at a
 * shallower level means the parent may be among the hidden ones: then the parent is unknown.
 */
function parentTalkId(root: Element): string | undefined {
  const row = root.closest(ROW);
  const depth = levelOf(row);
  if (!row || depth === undefined || depth <= 1) return undefined;
  for (let at = row.previousElementSibling; at; at = at.previousElementSibling) {
    const level = levelOf(at);
    if (level === undefined || level >= depth) continue;
    const id = at.querySelector(COMMENT)?.id;
    return id && level === depth - 1 ? /^t(\d+)$/.exec(id)?.[1] : undefined;
  }
  return undefined;
}

export const livejournal: SiteAdapter = {
  id: 'livejournal',

  matches(location) {
    return /^[a-z0-9-]+\.livejournal\.com$/.test(location.hostname) && !location.hostname.startsWith('www.') && ENTRY_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const talkId = /^t(\d+)$/.exec(root.id)?.[1];
    // `ext_N` users (signed in through another site) have only this handle and a display name.
    const username = root.getAttribute('data-username')?.trim();
    const key = authorKey('livejournal', { handle: username });
    if (!talkId || !username || !key) return null;
    const thread = threadUrl(location);
    // Talk ids are numbered per journal, so the journal is part of the comment id.
    const journal = journalOf(location);
    const body = root.querySelector(BODY);
    const comment: Comment = {
      id: `livejournal:${journal}:${talkId}`,
      site: 'livejournal',
      authorKey: key,
      displayName: root.getAttribute('data-displayname')?.trim() || username,
      handle: username,
      text: body ? commentText(body) : '',
      threadUrl: thread,
      url: `${thread}?thread=${talkId}#t${talkId}`,
    };
    const profile = httpUrl(root.querySelector(PROFILE)?.getAttribute('href') ?? root.querySelector(NAME_LINK)?.getAttribute('href'), location);
    if (profile) comment.profileUrl = profile;
    // Users signed in through another site link to `www.livejournal.com/profile?userid=N`.
    const userId = profile ? new URL(profile).searchParams.get('userid') : null;
    if (userId && /^\d+$/.test(userId)) comment.account = { numericId: userId };
    // The userpic is a CSS background (the <img> inside is a local copy on saved pages).
    const style = root.querySelector(USERPIC)?.getAttribute('style') ?? '';
    const avatar = httpUrl(/url\((['"]?)(.*?)\1\)/.exec(style)?.[2], location);
    if (avatar) comment.avatarUrl = avatar;
    const time = parseUtc(root.querySelector(TIME)?.textContent);
    if (time !== undefined) comment.time = time;
    const parent = parentTalkId(root);
    if (parent) comment.replyTo = `livejournal:${journal}:${parent}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector('.mdspost-comment-username');
  },

  threadUrl,
};
