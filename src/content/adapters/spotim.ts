// Spot.IM conversation widgets: the iframe document at <shard>.spot.im/…/v2/spot/<spot>/post/<post>,
// 2018 markup (the content script must run in that frame). Each message is a
// `[data-spot-im-class="message-view"]` with a `data-message-depth`; reply-to is the nearest earlier
// message one level up in its thread. The page shows names, not account ids, so authors are keyed by name.
// Times on screen are relative ("15h"); the exact time comes from the widget's own prerendered
// state (`window.__APP_STATE__`, `postedAt` in unix seconds) when the page carries it.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import { shownCount } from './shownCount.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { rootsMatching } from './rootsMatching.ts';

// expects: spotim_conversation_saved2018.html → 12 comments, 12 authors
const COMMENT = '[data-spot-im-class="message-view"][data-message-id]';
const NAME = '.sppre_user-link [data-spot-im-class="message-username"]';
const BODY = '.sppre_message-entities';
const LIKES = '.sppre_up-votes .param-upVotesCount';
const CONVERSATION_PATH = /\/v2\/spot\/(sp_[A-Za-z0-9]+)\/post\/([^/?#]+)/;

function threadUrl(location: URL): string {
  const [, spot, post] = CONVERSATION_PATH.exec(location.pathname) ?? [];
  // One address per conversation whatever shard served it: the form the widget's state names it by.
  return `http://conversation-prerender.spot.im/conversation-prerender/v2/spot/${spot}/post/${post}`;
}

const postedAtByDocument = new WeakMap<Document, Map<string, number>>();

/** Message id → postedAt (ms) from the prerendered state, parsed once per document. */
function postedAt(doc: Document): Map<string, number> {
  const known = postedAtByDocument.get(doc);
  if (known) return known;
  const times = new Map<string, number>();
  postedAtByDocument.set(doc, times);
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const source = script.textContent ?? '';
    const start = source.indexOf('__APP_STATE__= JSON.parse(');
    if (start < 0) continue;
    const literal = source.slice(source.indexOf('(', start) + 1, source.lastIndexOf(')'));
    try {
      collect(JSON.parse(JSON.parse(literal) as string) as unknown, times);
    } catch {
      // a state we cannot read leaves times out; the comments are still read
    }
  }
  return times;
}

function collect(node: unknown, times: Map<string, number>, depth = 0): void {
  if (depth > 64 || typeof node !== 'object' || node === null) return;
  const { id, postedAt } = node as { id?: unknown; postedAt?: unknown };
  if (typeof id === 'string' && typeof postedAt === 'number' && Number.isFinite(postedAt)) times.set(id, postedAt * 1000);
  for (const value of Object.values(node)) collect(value, times, depth + 1);
}

function depthOf(element: Element): number {
  return Number(element.getAttribute('data-message-depth')) || 0;
}

/**
 * Replies sit flat, in order, in their thread's `children-list`: the nearest earlier reply one
 * level up is the parent, and a first-level reply answers the thread's root message.
 */
function parentId(root: Element): string | undefined {
  const depth = depthOf(root);
  if (depth === 0) return undefined;
  for (let at = root.closest('li')?.previousElementSibling; at; at = at.previousElementSibling) {
    const message = at.querySelector(COMMENT);
    if (!message || depthOf(message) >= depth) continue;
    return depthOf(message) === depth - 1 ? message.getAttribute('data-message-id') ?? undefined : undefined;
  }
  if (depth !== 1) return undefined;
  return root.closest('.sppre_root-message')?.querySelector(COMMENT)?.getAttribute('data-message-id') ?? undefined;
}

export const spotim: SiteAdapter = {
  id: 'spotim',

  matches(location) {
    return /(^|\.)spot\.im$/.test(location.hostname) && CONVERSATION_PATH.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const id = root.getAttribute('data-message-id')?.trim();
    const name = root.querySelector(NAME)?.textContent?.trim().replace(/\s+/g, ' ');
    const key = authorKey('spotim', { displayName: name });
    if (!id || !name || !key) return null;
    const body = root.querySelector(BODY);
    const comment: Comment = {
      id: `spotim:${id}`,
      site: 'spotim',
      authorKey: key,
      displayName: name,
      text: body ? commentText(body) : '',
      threadUrl: threadUrl(location),
    };
    const time = postedAt(root.ownerDocument).get(id);
    if (time !== undefined) comment.time = time;
    const likes = shownCount(root.querySelector(LIKES)?.textContent);
    if (likes !== undefined) comment.likes = likes;
    const parent = parentId(root);
    if (parent) comment.replyTo = `spotim:${parent}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(NAME);
  },

  threadUrl,
};
