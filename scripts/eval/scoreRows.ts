// Runs the extension's scoring code on the eval's rows: builds the comments a page would show,
// one ScoringContext per page, and asks signalsFor and scoreAuthors for every author.
import { scoreAuthors, signalsFor } from '../../src/core/heuristics/scoreAuthors.ts';
import type { ScoringContext } from '../../src/core/heuristics/context.ts';
import type { Weights } from '../../src/core/heuristics/weights.ts';
import type { StoredComment } from '../../src/core/model.ts';
import type { AccountRow } from './accounts.ts';
import { rescore, type Part, type ScoredRow } from './scoredRow.ts';
import type { StreamThread } from './threads.ts';
import type { LabelledComment } from './toxicComments.ts';

const contextOf = (comments: StoredComment[]): ScoringContext => ({ comments, trusted: new Set() });

function scoreOne(comment: StoredComment, context: ScoringContext, now: number, weights: Weights,
  row: { key: string; dataset: string; positive: boolean }, part: Part): ScoredRow {
  const signals = signalsFor(comment.authorKey, context, now);
  const verdict = scoreAuthors(context, [comment.authorKey], now, weights)[0];
  const again = rescore(signals, weights);
  // The ablation and the fit re-score from the raw signals: they must agree with scoreAuthors.
  if (!verdict || verdict.score !== again.score || verdict.level !== again.level) {
    throw new Error(`eval: scoreAuthors and scoreAuthor disagree on ${row.key}`);
  }
  return { key: row.key, dataset: row.dataset, part, positive: row.positive, signals, score: verdict.score, level: verdict.level };
}

/** (a) Each account alone on its page: one comment with the profile facts, at its sighting time. */
export function scoreAccounts(rows: readonly AccountRow[], weights: Weights): ScoredRow[] {
  return rows.map((r, seq) => {
    const account = { description: r.description, joinedAt: r.joinedAt };
    const comment: StoredComment = {
      id: `${r.key}:c`, site: 'twitter', authorKey: `twitter:${r.handle.toLowerCase()}`, displayName: r.displayName,
      handle: r.handle, profileUrl: `https://twitter.com/${r.handle}`, text: '', time: r.seenAt,
      threadUrl: `https://eval.kuzet.invalid/accounts/${encodeURIComponent(r.key)}`, account, seenAt: r.seenAt, seq,
    };
    return scoreOne(comment, contextOf([comment]), r.seenAt, weights, r, 'accounts');
  });
}

/**
 * (b) Every author of every stream thread. Scope 'stream': the reader has read every thread of
 * a language and Kuzet scores with all it kept (as the background does), at the end of the last
 * thread; scope 'page': each thread alone, as if it were the only page ever read.
 */
export function scoreStreams(threads: readonly StreamThread[], weights: Weights, scope: 'stream' | 'page' = 'stream'): ScoredRow[] {
  const pages = scope === 'page' ? threads.map((t) => [t]) : [...groupBy(threads, (t) => t.texts[0]?.lang ?? '').values()];
  return pages.flatMap((group) => {
    const context = contextOf(group.flatMap((t) => t.comments));
    const now = Math.max(...group.map((t) => t.now));
    return group.flatMap((t) => t.comments.map((c, i) => scoreOne(c, context, now, weights, t.texts[i]!, 'streams')));
  });
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** (c) Each labelled comment alone on its page. */
export function scoreComments(rows: readonly LabelledComment[], weights: Weights): ScoredRow[] {
  return rows.map((r) => scoreOne(r.comment, contextOf([r.comment]), r.comment.seenAt, weights,
    { key: r.key, dataset: 'comments:vkToxicity', positive: r.positive }, 'comments'));
}
