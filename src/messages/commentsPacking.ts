// How a `comments/batch` travels: what every comment of a batch shares (site, thread URL) is
// said once per batch, and a link the background can rebuild from the comment itself (a
// permalink from its id, a profile from its handle, by the adapter's link templates) is left
// out. On a 5,000-comment Hacker News page that was a third of every comment's bytes, and the
// tab pays to serialise each byte (the content-script bench). Both sides use this file: the tab
// packs, the background's schema unpacks before the comment checks run, so a comment is
// trusted exactly as much as when it came whole. A batch of whole comments is a valid packing.
import * as v from 'valibot';
import type { Comment } from '../core/model.ts';
import { commentBatchSchema, MAX_BATCH_COMMENTS, text, url } from './schemas.ts';

/** Where a template takes the comment's part (its id after `site:`, or its handle), URL-encoded. */
export const SLOT = '{}';

/** Link templates of one site: each holds SLOT exactly once. */
export interface LinkTemplates {
  /** A comment's permalink from its id without the `site:` prefix. */
  comment?: string;
  /** An author's profile from their handle. */
  profile?: string;
}

const template = v.pipe(text(2048), v.check((t) => t.indexOf(SLOT) >= 0 && t.indexOf(SLOT) === t.lastIndexOf(SLOT), 'one slot'));

/** The link a template gives for `part`, or null when there is none (no part, or one that cannot be encoded). */
export function linkFrom(templateText: string | undefined, part: string | undefined): string | null {
  if (templateText === undefined || part === undefined) return null;
  let encoded: string;
  try {
    encoded = encodeURIComponent(part); // throws on a lone surrogate half: then the link travels whole
  } catch {
    return null;
  }
  const at = templateText.indexOf(SLOT);
  return at < 0 ? null : templateText.slice(0, at) + encoded + templateText.slice(at + SLOT.length);
}

/** A comment's id without `site:`, the part its permalink template takes. */
function localId(id: unknown, site: unknown): string | undefined {
  if (typeof id !== 'string' || typeof site !== 'string') return undefined;
  return id.startsWith(site) && id.charCodeAt(site.length) === 58 /* ':' */ ? id.slice(site.length + 1) : undefined;
}

interface Shared {
  site?: string | undefined;
  threadUrl?: string | undefined;
  links?: LinkTemplates | undefined;
}

/**
 * One link field on the wire: left out when the template rebuilds it, `null` when the comment has
 * none but the template would make one, else the link as it is.
 */
function packedLink(out: Record<string, unknown>, key: string, value: string | undefined, rebuilt: string | null, hasTemplate: boolean): void {
  if (value === undefined ? hasTemplate : value !== rebuilt) out[key] = value ?? null;
}

/** The batch as it travels: whole comments with what the batch says once, and rebuildable links, left out. */
export function packComments(comments: readonly Comment[], shared: Shared) {
  const { site, threadUrl, links } = shared;
  const packed = comments.map((comment) => {
    // Field by field, not a loop over keys: one object shape for every comment of a site (the
    // bench's profile showed a key loop at a tenth of reading). The model's fields only.
    const { id, authorKey, displayName, handle, avatarUrl, text, time, replyTo, likes, account } = comment;
    const out: Record<string, unknown> = { id, authorKey, displayName, text };
    if (comment.site !== site) out['site'] = comment.site;
    if (comment.threadUrl !== threadUrl) out['threadUrl'] = comment.threadUrl;
    if (handle !== undefined) out['handle'] = handle;
    if (avatarUrl !== undefined) out['avatarUrl'] = avatarUrl;
    if (time !== undefined) out['time'] = time;
    if (replyTo !== undefined) out['replyTo'] = replyTo;
    if (likes !== undefined) out['likes'] = likes;
    if (account !== undefined) out['account'] = account;
    packedLink(out, 'url', comment.url, linkFrom(links?.comment, localId(comment.id, comment.site)), links?.comment !== undefined);
    packedLink(out, 'profileUrl', comment.profileUrl, linkFrom(links?.profile, comment.handle), links?.profile !== undefined);
    return out;
  });
  return { ...(site === undefined ? {} : { site }), ...(threadUrl === undefined ? {} : { threadUrl }), ...(links === undefined ? {} : { links }), comments: packed };
}

/** One wire comment made whole again; anything that is not an object is left for the comment check to refuse. */
function unpacked(item: unknown, { site, threadUrl, links }: Shared): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const comment: Record<string, unknown> = { ...item };
  if (!('site' in comment) && site !== undefined) comment['site'] = site;
  if (!('threadUrl' in comment) && threadUrl !== undefined) comment['threadUrl'] = threadUrl;
  const restore = (key: string, rebuilt: () => string | null) => {
    if (comment[key] === null) delete comment[key]; // the comment had none
    else if (!(key in comment)) {
      const link = rebuilt();
      if (link !== null) comment[key] = link;
    }
  };
  restore('url', () => linkFrom(links?.comment, localId(comment['id'], comment['site'])));
  restore('profileUrl', () => linkFrom(links?.profile, typeof comment['handle'] === 'string' ? comment['handle'] : undefined));
  return comment;
}

/** The `comments/batch` request: a packed batch in, whole checked comments out (the handler's shape). */
export const packedBatchSchema = v.pipe(
  v.object({
    site: v.exactOptional(text(40)),
    threadUrl: v.exactOptional(url),
    links: v.exactOptional(v.object({ comment: v.exactOptional(template), profile: v.exactOptional(template) })),
    comments: v.pipe(v.array(v.unknown()), v.maxLength(MAX_BATCH_COMMENTS)),
  }),
  v.transform((batch) => ({ comments: batch.comments.map((item) => unpacked(item, batch)) })),
  v.object({ comments: commentBatchSchema }),
);
