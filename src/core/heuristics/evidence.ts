// Turns comments into a signal's evidence: their ids and permalinks, the things a person
// follows to check a reason for themselves.
import type { Signal, StoredComment } from '../model.ts';

/** At most this many comments are cited: enough to check, small enough to store per verdict. */
export const MAX_EVIDENCE = 20;

export function evidenceOf(comments: readonly StoredComment[]): Signal['evidence'] {
  const cited = comments.slice(0, MAX_EVIDENCE);
  return {
    commentIds: cited.map((c) => c.id),
    urls: cited.flatMap((c) => (c.url === undefined ? [] : [c.url])),
  };
}
