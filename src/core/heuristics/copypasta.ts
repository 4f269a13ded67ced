// Signal: the same or nearly the same text posted by several distinct accounts, the way a
// brigade replays a comment (seed reports: copy-pasted comments in bursts). The first poster
// is taken as the original and never blamed; everyone who repeated it afterwards is.
//
// A shared link is different: a share button fills in the article's headline and its link, so
// many ordinary readers post "Headline https://…" word for word over a day (measured: 102 of the
// 102 false flags at "likely" on ordinary Russian tweets in the eval were such headline shares).
// Breaking news also brings shares in bursts: at their real times, the SentiRuEval tweets hold
// bursts of up to 7 accounts posting one headline within minutes (news bots and readers). So a
// link share with a short text counts only as a burst of at least LINK_SHARE_MIN_AUTHORS
// accounts, each copy within LINK_SHARE_GAP_MS of the previous one, the way IRA accounts
// replayed one headline (real case: 27 accounts posted "Lindsay Graham Just DOOMED…" in 13
// minutes). A farm that shares links in twos and threes is missed: that is the price.
import type { AuthorKey, Signal, StoredComment } from '../model.ts';
import { foldWords } from '../text/index.ts';
import type { ScoringContext } from './context.ts';
import { memoised, postedAt } from './contextIndex.ts';
import { commentWords } from './commentWords.ts';
import { evidenceOf } from './evidence.ts';
import { contextNearDuplicates, nearDuplicateGroups, type TextGroup } from './nearDuplicates.ts';

/** Distinct authors (the original included) before a repeated text counts. */
export const MIN_AUTHORS = 3;
/** Up to this span the sentence says "within N minutes"; longer spans are not a burst to cite. */
const MAX_MINUTES_CITED = 180;
/** A text with a link and at most this many other words reads as a headline with its link. */
export const HEADLINE_MAX_WORDS = 20;
/** Copies of a link share further apart than this are readers sharing news, not a brigade. */
export const LINK_SHARE_GAP_MS = 10 * 60_000;
/** Distinct accounts a burst of one link share needs (ordinary bursts reached 7). */
export const LINK_SHARE_MIN_AUTHORS = 10;

export interface CopyGroup {
  /** The comments carrying this text, in the order they were posted. */
  comments: readonly StoredComment[];
  /** Distinct authors in order of their first copy: the first one is the original poster. */
  authors: AuthorKey[];
}

/** Near-duplicate groups with enough distinct authors. */
export function findCopyGroups(comments: readonly StoredComment[]): CopyGroup[] {
  return toCopyGroups(nearDuplicateGroups(comments, (c) => foldWords(c.text)), (c) => foldWords(c.text));
}

function toCopyGroups(groups: readonly TextGroup[], wordsOf: (c: StoredComment) => readonly string[]): CopyGroup[] {
  return groups
    .flatMap((group) => {
      const linkShare = isLinkShare(group, wordsOf);
      const needed = linkShare ? LINK_SHARE_MIN_AUTHORS : MIN_AUTHORS;
      return (linkShare ? bursts(group) : [group])
        .map((comments) => ({ comments, authors: [...new Set(comments.map((c) => c.authorKey))] }))
        .filter((g) => g.authors.length >= needed);
    });
}

/** Most copies carry a link and few other words: a headline shared with its link. */
export function isLinkShare(group: TextGroup, wordsOf: (c: StoredComment) => readonly string[]): boolean {
  const shares = group.filter((c) => {
    const words = wordsOf(c);
    return words.includes('_url_') && words.filter((w) => w !== '_url_' && w !== '_at_').length <= HEADLINE_MAX_WORDS;
  });
  return shares.length * 2 > group.length;
}

/** A group in posting order cut wherever two consecutive copies are more than LINK_SHARE_GAP_MS apart. */
function bursts(group: TextGroup): TextGroup[] {
  const out: StoredComment[][] = [];
  let previous = -Infinity;
  for (const c of group) {
    const t = postedAt(c);
    if (t - previous > LINK_SHARE_GAP_MS || out.length === 0) out.push([c]);
    else out[out.length - 1]!.push(c);
    previous = t;
  }
  return out;
}

export function copypasta(author: AuthorKey, context: ScoringContext): Signal | null {
  const groups = memoised(context, 'copyGroups', () => toCopyGroups(contextNearDuplicates(context), commentWords(context)));
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
