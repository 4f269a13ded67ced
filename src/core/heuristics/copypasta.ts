// Signal: the same or nearly the same text posted by several distinct accounts, the way a
// brigade replays a comment (seed reports: copy-pasted comments in bursts). The first poster
// is taken as the original and never blamed; everyone who repeated it afterwards is.
import type { AuthorKey, Signal, StoredComment } from '../model.ts';
import { foldWords } from '../text/index.ts';
import type { ScoringContext } from './context.ts';
import { memoised, postedAt } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';
import { contextNearDuplicates, nearDuplicateGroups, type TextGroup } from './nearDuplicates.ts';

/** Distinct authors (the original included) before a repeated text counts. */
export const MIN_AUTHORS = 3;
/** Up to this span the sentence says "within N minutes"; longer spans are not a burst to cite. */
const MAX_MINUTES_CITED = 180;

export interface CopyGroup {
  /** The comments carrying this text, in the order they were posted. */
  comments: readonly StoredComment[];
  /** Distinct authors in order of their first copy: the first one is the original poster. */
  authors: AuthorKey[];
}

/** Near-duplicate groups with enough distinct authors. */
export function findCopyGroups(comments: readonly StoredComment[]): CopyGroup[] {
  return toCopyGroups(nearDuplicateGroups(comments, (c) => foldWords(c.text)));
}

function toCopyGroups(groups: readonly TextGroup[]): CopyGroup[] {
  return groups
    .map((group) => ({ comments: group, authors: [...new Set(group.map((c) => c.authorKey))] }))
    .filter((g) => g.authors.length >= MIN_AUTHORS);
}

export function copypasta(author: AuthorKey, context: ScoringContext): Signal | null {
  const groups = memoised(context, 'copyGroups', () => toCopyGroups(contextNearDuplicates(context)));
  return copypastaSignal(author, groups);
}

/** The copypasta signal for one author, from precomputed copy groups; null when they copied nothing. */
export function copypastaSignal(author: AuthorKey, groups: readonly CopyGroup[]): Signal | null {
  const copied = groups.filter((g) => g.authors.indexOf(author) > 0);
  if (copied.length === 0) return null;
  // The group with the most accounts speaks for the sentence; every copied comment is evidence.
  const strongest = copied.reduce((a, b) => (b.authors.length > a.authors.length ? b : a));
  const first = strongest.comments[0];
  const others = strongest.authors.length - 1;
  const substitutions = [String(others), first?.displayName ?? ''];
  const minutes = spanMinutes(strongest.comments);
  return {
    id: 'copypasta',
    // Three accounts with one text is already unusual; five or more is a pattern.
    strength: Math.min(1, strongest.authors.length / 5),
    sentence:
      minutes === null
        ? { key: 'reasonCopypasta', substitutions, count: others }
        : { key: 'reasonCopypastaWithin', substitutions: [...substitutions, String(minutes)], count: others },
    evidence: evidenceOf(copied.flatMap((g) => g.comments.filter((c) => c.authorKey === author))),
  };
}

/** Minutes from the first to the last copy when the page dates them all, if short enough to cite. */
function spanMinutes(comments: readonly StoredComment[]): number | null {
  if (comments.some((c) => c.time === undefined)) return null;
  const times = comments.map(postedAt);
  const minutes = Math.max(1, Math.ceil((Math.max(...times) - Math.min(...times)) / 60_000));
  return minutes <= MAX_MINUTES_CITED ? minutes : null;
}
