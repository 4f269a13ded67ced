// The scoring API: every signal for one author (raw, for the eval's fitting and ablation) and
// verdicts for many authors at once. One context is indexed once per call, so scoring a whole
// page costs a pass over its comments, not a pass per author.
import type { AuthorKey, Signal, SignalId, Verdict } from '../model.ts';
import { SIGNAL_IDS } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { indexContext } from './contextIndex.ts';
import { scoreAuthor } from './score.ts';
import { SIGNALS } from './signals.ts';
import { DEFAULT_WEIGHTS, type Weights } from './weights.ts';

export { SIGNALS } from './signals.ts';
export type { ListedEntry, ScoringContext, SignalFunction } from './context.ts';
export type { Weights } from './weights.ts';
export { DEFAULT_WEIGHTS, readWeights } from './weights.ts';

/**
 * Every signal the author shows, whatever its weight; `only` limits which signals run (ablation).
 * No trusted-list check here: the raw evidence is what the eval measures.
 */
export function signalsFor(author: AuthorKey, context: ScoringContext, now: number, only: readonly SignalId[] = SIGNAL_IDS): Signal[] {
  const found: Signal[] = [];
  for (const id of only) {
    const signal = SIGNALS[id](author, context, now);
    if (signal && signal.strength > 0) found.push(signal);
  }
  return found;
}

/** Verdicts for the given authors (or everyone who commented in the context), trusted ones never flagged. */
export function scoreAuthors(
  context: ScoringContext,
  authors: readonly AuthorKey[] | 'all',
  now: number,
  weights: Weights = DEFAULT_WEIGHTS,
): Verdict[] {
  const { byAuthor } = indexContext(context);
  const keys = authors === 'all' ? [...byAuthor.keys()] : authors;
  return keys.map((authorKey) => {
    const comments = byAuthor.get(authorKey);
    // The latest name the author used is the one readers see now.
    const displayName = comments?.[comments.length - 1]?.displayName ?? context.authors?.get(authorKey)?.displayName ?? authorKey;
    const trusted = context.trusted.has(authorKey);
    return scoreAuthor({
      authorKey,
      displayName,
      signals: trusted ? [] : signalsFor(authorKey, context, now),
      trusted,
      now,
      weights,
    });
  });
}
