// Reads one comment root through the adapter and marks it with `data-kuzet-comment` (the page
// contract e2e tests and the demo rely on). A root already marked is passed on again only if
// its author changed, so re-inserted or re-rendered comments are not sent twice.
import * as v from 'valibot';
import type { Comment } from '../core/model.ts';
import { commentSchema } from '../messages.ts';
import type { SiteAdapter } from './adapters/siteAdapter.ts';
import { rememberedUrl } from './urlCheck.ts';

export const COMMENT_MARK = 'data-kuzet-comment';

/** messages.ts caps a comment's text at 20 000 characters; longer essays are cut, not lost. */
const MAX_TEXT = 20_000;

export type RootReader = (root: Element) => void;

/**
 * The protocol's comment schema, with the URLs that repeat from comment to comment (the
 * thread's, each author's profile and avatar) checked through the remembered URL check; the
 * comment's own permalink is unique and keeps the plain check.
 */
const fittingSchema = v.object({
  ...commentSchema.entries,
  profileUrl: v.exactOptional(rememberedUrl),
  avatarUrl: v.exactOptional(rememberedUrl),
  threadUrl: rememberedUrl,
});

/** The comment as the background will accept it, or null: one odd comment must not sink a whole batch. */
function fitted(comment: Comment): Comment | null {
  const result = v.safeParse(fittingSchema, comment.text.length > MAX_TEXT ? { ...comment, text: comment.text.slice(0, MAX_TEXT) } : comment);
  if (result.success) return result.output;
  console.warn(`Kuzet: skipped comment ${comment.id}: ${result.issues[0]?.message ?? ''}`);
  return null;
}

export function createReader(adapter: SiteAdapter, location: () => URL, onComment: (comment: Comment, root: Element) => void): RootReader {
  // Which author each root had when we last read it; a WeakMap so removed comments are not kept alive.
  const authorOf = new WeakMap<Element, string>();
  return (root) => {
    const read = adapter.read(root, location());
    const comment = read && fitted(read);
    if (!comment) return;
    if (root.getAttribute(COMMENT_MARK) === comment.id && authorOf.get(root) === comment.authorKey) return;
    root.setAttribute(COMMENT_MARK, comment.id);
    authorOf.set(root, comment.authorKey);
    onComment(comment, root);
  };
}
