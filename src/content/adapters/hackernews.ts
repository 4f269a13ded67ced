// Hacker News item pages (https://news.ycombinator.com/item?id=N): every comment is one table
// row; threading is only visible as an indent number, so reply-to is rebuilt from it.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { urlPart } from './urlPart.ts';
import { rootsMatching } from './rootsMatching.ts';
import { lastResult } from './lastResult.ts';
import { replyFinder } from './hackernewsReplies.ts';

const ORIGIN = 'https://news.ycombinator.com';

// expects: hn_item_28385024_2021-09-02.html → 147 comments, 113 authors
const COMMENT = 'tr.athing.comtr';
const AUTHOR = 'a.hnuser';
const AGE = 'span.age[title]';
const BODY = '.commtext';
const INDENT = 'td.ind';
/** Inside the body on some HN layouts; furniture, not what the author wrote. */
const REPLY = '.reply';

/** Query parameters that page one thread rather than name a different one. */
const PAGING_PARAMS = new Set(['id', 'p']);

/** Depth per row, read once: finding a reply's parent may look at earlier rows' depths again. */
const depths = new WeakMap<Element, number>();

function indentOf(row: Element): number {
  let depth = depths.get(row);
  if (depth === undefined) depths.set(row, (depth = readIndent(row)));
  return depth;
}

/** Thread depth: `indent="N"`, or the spacer image width (40px a level) on older markup. */
function readIndent(row: Element): number {
  const cell = row.querySelector(INDENT);
  const attr = Number(cell?.getAttribute('indent'));
  if (Number.isInteger(attr)) return attr;
  const width = Number(cell?.querySelector('img')?.getAttribute('width'));
  return Number.isFinite(width) ? Math.round(width / 40) : 0;
}

/** The comment a row answers: the nearest earlier comment row with a smaller indent. */
const parentRowId = replyFinder({ isRow: (element, id) => id !== '' && element.matches(COMMENT), depthOf: indentOf });

/** The title as HN writes it: "2021-09-01T21:52:28", maybe with " <unix seconds>" after it. */
const PLAIN_AGE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?= \d+$|$)/;

/** `span.age[title]` is UTC without a zone ("2021-09-01T21:52:28"), later with " <unix>" appended. */
function parseAge(title: string | null | undefined): number | undefined {
  // The usual shape skips the split and the zone test below: same answer, less work per row.
  const plain = title ? PLAIN_AGE.exec(title)?.[0] : undefined;
  const iso = plain ?? title?.trim().split(/\s+/)[0];
  if (!iso) return undefined;
  const ms = Date.parse(plain !== undefined || !/(Z|[+-]\d\d:?\d\d)$/.test(iso) ? `${iso}Z` : iso);
  return Number.isFinite(ms) ? ms : undefined;
}

function itemUrl(id: string): string {
  return `${ORIGIN}/item?id=${urlPart(id)}`;
}

// Asked for every comment read; the page's location rarely changes between two of them.
const threadUrl = lastResult((location: URL): string => {
  // Keep every other parameter: `item?id=N&kuzet-demo=brigade` is a different thread on
  // purpose (the demo relies on it). Only paging (`p`) is dropped: page 2 is the same thread.
  const url = new URL(itemUrl(location.searchParams.get('id') ?? ''));
  for (const [key, value] of location.searchParams) {
    if (!PAGING_PARAMS.has(key)) url.searchParams.append(key, value);
  }
  return url.href;
});

export const hackernews: SiteAdapter = {
  id: 'hackernews',

  matches(location) {
    return location.hostname === 'news.ycombinator.com' && location.pathname === '/item' && /^\d+$/.test(location.searchParams.get('id') ?? '');
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    // Asked of every row, deleted ones too: a reply to a deleted comment still answers it, and
    // rows read one after another share the parent lookup's stack (hackernewsReplies.ts).
    const id = root.id;
    const parent = parentRowId(root, id);
    const author = root.querySelector(AUTHOR);
    const name = author?.textContent?.trim();
    // HN has no numeric user ids; the handle is the stable id.
    const key = authorKey('hackernews', { handle: name });
    if (!id || !name || !key) return null; // deleted or flagged: nobody to attribute it to
    const body = root.querySelector(BODY);
    const comment: Comment = {
      id: `hackernews:${id}`,
      site: 'hackernews',
      authorKey: key,
      displayName: name,
      handle: name,
      profileUrl: `${ORIGIN}/user?id=${urlPart(name)}`,
      text: body ? commentText(body, REPLY) : '',
      threadUrl: threadUrl(location),
      url: itemUrl(id),
    };
    const time = parseAge(root.querySelector(AGE)?.getAttribute('title'));
    if (time !== undefined) comment.time = time;
    if (parent) comment.replyTo = `hackernews:${parent}`;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(AUTHOR);
  },

  threadUrl,

  // What `read` builds with urlPart (the same encoding wherever a link is sent whole).
  links: { comment: `${ORIGIN}/item?id={}`, profile: `${ORIGIN}/user?id={}` },
};
