// Signal: the same text posted by several distinct accounts in one thread, the way a
// brigade replays a comment (seed reports: copy-pasted comments in bursts). The first
// poster is taken as the original and not blamed; everyone who repeated it afterwards is.
import type { AuthorKey, Signal, StoredComment } from '../model.ts';
import { normalizeText, wordCount } from '../text/normalizeText.ts';

/** Fewer words than this are stock phrases ("thanks for sharing"), not evidence. */
export const MIN_WORDS = 6;
/** Distinct authors (the original included) before a repeated text counts. */
export const MIN_AUTHORS = 3;

export interface CopyGroup {
  /** The comments carrying this text, in the order they were posted. */
  comments: StoredComment[];
  authors: AuthorKey[];
}

const byPostingOrder = (a: StoredComment, b: StoredComment) =>
  (a.time ?? a.seenAt) - (b.time ?? b.seenAt) || a.seq - b.seq;

/** Groups one thread's comments by normalised text, keeping groups with enough distinct authors. */
export function findCopyGroups(thread: readonly StoredComment[]): CopyGroup[] {
  const byText = new Map<string, StoredComment[]>();
  for (const comment of thread) {
    const text = normalizeText(comment.text);
    if (wordCount(text) < MIN_WORDS) continue;
    const group = byText.get(text);
    if (group) group.push(comment);
    else byText.set(text, [comment]);
  }
  const groups: CopyGroup[] = [];
  for (const comments of byText.values()) {
    const authors = [...new Set(comments.sort(byPostingOrder).map((c) => c.authorKey))];
    if (authors.length >= MIN_AUTHORS) groups.push({ comments, authors });
  }
  return groups;
}

/** The copypasta signal for one author, from the thread's copy groups; null when they copied nothing. */
export function copypastaSignal(author: AuthorKey, groups: readonly CopyGroup[]): Signal | null {
  const copied = groups.filter((g) => g.authors.indexOf(author) > 0);
  if (copied.length === 0) return null;
  // The strongest group speaks for the sentence; every copied comment is evidence.
  const strongest = copied.reduce((a, b) => (b.authors.length > a.authors.length ? b : a));
  const first = strongest.comments[0];
  const evidence = copied.flatMap((g) => g.comments.filter((c) => c.authorKey === author));
  const others = strongest.authors.length - 1;
  return {
    id: 'copypasta',
    // Three accounts with one text is already unusual; five or more is a pattern.
    strength: Math.min(1, strongest.authors.length / 5),
    sentence: { key: 'reasonCopypasta', substitutions: [String(others), first?.displayName ?? ''], count: others },
    evidence: {
      commentIds: evidence.map((c) => c.id),
      urls: evidence.flatMap((c) => (c.url === undefined ? [] : [c.url])),
    },
  };
}
