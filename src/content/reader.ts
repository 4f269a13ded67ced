// Reads one comment root through the adapter and marks it with `data-kuzet-comment` (the page
// contract e2e tests and the demo rely on). A root already marked is passed on again only if
// its author changed, so re-inserted or re-rendered comments are not sent twice.
import type { Comment } from '../core/model.ts';
import type { SiteAdapter } from './adapters/siteAdapter.ts';
import { commentFault } from './commentCheck.ts';

export const COMMENT_MARK = 'data-kuzet-comment';

/** messages.ts caps a comment's text at 20 000 characters; longer essays are cut, not lost. */
const MAX_TEXT = 20_000;

export type RootReader = (root: Element) => void;

/** The comment as the background will accept it, or null: one odd comment must not sink a whole batch. */
function fitted(read: Comment): Comment | null {
  const comment = read.text.length > MAX_TEXT ? { ...read, text: read.text.slice(0, MAX_TEXT) } : read;
  const fault = commentFault(comment);
  if (fault === null) return comment;
  console.warn(`Kuzet: skipped comment ${String(comment.id).slice(0, 300)}: invalid ${fault}`);
  return null;
}

/**
 * The location, asked of the page once per task: reading a slice or a mutation's comments asks
 * for it per comment, and the page cannot navigate in the middle of our synchronous reading.
 */
function oncePerTask(location: () => URL): () => URL {
  let known: URL | null = null;
  return () => {
    if (known === null) {
      known = location();
      queueMicrotask(() => (known = null));
    }
    return known;
  };
}

export function createReader(adapter: SiteAdapter, location: () => URL, onComment: (comment: Comment, root: Element) => void): RootReader {
  // Which author each root had when we last read it; a WeakMap so removed comments are not kept alive.
  const authorOf = new WeakMap<Element, string>();
  const here = oncePerTask(location);
  return (root) => {
    const read = adapter.read(root, here());
    const comment = read && fitted(read);
    if (!comment) return;
    // The page's attribute is asked only of a root read before (one DOM call less per new comment).
    if (authorOf.get(root) === comment.authorKey && root.getAttribute(COMMENT_MARK) === comment.id) return;
    root.setAttribute(COMMENT_MARK, comment.id);
    authorOf.set(root, comment.authorKey);
    onComment(comment, root);
  };
}
