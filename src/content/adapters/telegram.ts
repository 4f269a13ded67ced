// Telegram web widgets on t.me. Two layouts share the widget markup:
// - channel preview pages `t.me/s/<channel>` (tested on a real page): every post is a
//   `.tgme_widget_message[data-post="<channel>/<id>"]` written by the channel itself
//   (`a.tgme_widget_message_owner_name`), time in `.tgme_widget_message_date time[datetime]`;
// - the discussion (comments) widget `t.me/<channel>/<post>?embed=1&discussion=1`, the iframe
//   that core.telegram.org/widgets/discussion embeds: NOT YET TESTED ON A REAL PAGE — no saved
//   one was found. Its comments are read with the same widget classes plus the sender name
//   `.tgme_widget_message_author_name` (a `https://t.me/<username>` link, or plain text for
//   users without one) and the quoted message `a.tgme_widget_message_reply[href]`, as
//   DIYgod/RSSHub reads them (lib/routes/telegram/channel.ts, commit 000ba9552cab0c3eae605c74402ea50651ded5fe).
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { rootsMatching } from './rootsMatching.ts';
import type { SiteAdapter } from './siteAdapter.ts';

// expects: t.me_s_topwar_official_preview.html → 12 comments (channel posts), 1 author
// expects: no real discussion page; test DOM built from the cited markup → 3 comments, 2 authors
const MESSAGE = '.tgme_widget_message.js-widget_message';
const SENDER = '.tgme_widget_message_author_name';
const OWNER = 'a.tgme_widget_message_owner_name';
const TEXT = '.js-message_text';
const TIME = '.tgme_widget_message_date time[datetime]';
const QUOTE = '.tgme_widget_message_reply';
const PHOTO = '.tgme_widget_message_user_photo img';

const ORIGIN = 'https://t.me';
const CHANNEL_PAGE = /^\/s\/([A-Za-z0-9_]{4,})\/?(?:\d+\/?)?$/;
const POST_PAGE = /^\/([A-Za-z0-9_]{4,})\/(\d+)\/?$/;

/** First match outside the quoted message (which repeats the classes of the one it quotes). */
function own(root: Element, selector: string): Element | undefined {
  return Array.from(root.querySelectorAll(selector)).find((el) => !el.closest(QUOTE));
}

function usernameOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, ORIGIN);
    return url.hostname === 't.me' ? /^\/([A-Za-z0-9_]{4,})\/?$/.exec(url.pathname)?.[1] : undefined;
  } catch {
    return undefined;
  }
}

function isDiscussion(location: URL): boolean {
  return POST_PAGE.test(location.pathname) && location.searchParams.get('discussion') === '1';
}

function threadUrl(location: URL): string {
  const channel = CHANNEL_PAGE.exec(location.pathname)?.[1];
  if (channel) return `${ORIGIN}/s/${channel}`;
  const post = POST_PAGE.exec(location.pathname);
  return post ? `${ORIGIN}/${post[1]!}/${post[2]!}` : `${ORIGIN}${location.pathname}`;
}

export const telegram: SiteAdapter = {
  id: 'telegram',

  matches(location) {
    return location.hostname === 't.me' && (CHANNEL_PAGE.test(location.pathname) || isDiscussion(location));
  },

  roots(scope) {
    return rootsMatching(scope, MESSAGE);
  },

  read(root, location) {
    const sender = own(root, SENDER);
    const author = sender ?? own(root, OWNER);
    const link = author?.matches('a') ? author : author?.querySelector('a');
    const displayName = author?.textContent?.trim().replace(/\s+/g, ' ');
    const handle = usernameOf(link?.getAttribute('href'));
    const key = authorKey('telegram', { handle, displayName });
    const id = root.getAttribute('data-post');
    if (!displayName || !key || !id) return null;
    const body = own(root, TEXT);
    const comment: Comment = {
      id: `telegram:${id}`,
      site: 'telegram',
      authorKey: key,
      displayName,
      text: body ? commentText(body) : '',
      threadUrl: threadUrl(location),
    };
    if (handle) {
      comment.handle = handle;
      comment.profileUrl = `${ORIGIN}/${handle}`;
    }
    if (/^[A-Za-z0-9_]+\/\d+$/.test(id)) comment.url = `${ORIGIN}/${id}`;
    const photo = own(root, PHOTO)?.getAttribute('src');
    if (photo && /^https:\/\//.test(photo)) comment.avatarUrl = photo;
    const time = Date.parse(own(root, TIME)?.getAttribute('datetime') ?? '');
    if (Number.isFinite(time)) comment.time = time;
    const quoted = /\/([A-Za-z0-9_]+\/\d+)\/?(?:\?|$)/.exec(root.querySelector(`a${QUOTE}[href]`)?.getAttribute('href') ?? '');
    if (quoted) comment.replyTo = `telegram:${quoted[1]!}`;
    return comment;
  },

  badgeAnchor(root) {
    return own(root, SENDER) ?? own(root, OWNER) ?? null;
  },

  threadUrl,
};
