// (c) measures the aggression detector comment by comment (aimedInsultIn, scored by the strength
// of its hit), not the aggression signal: the signal is a reason only for an author with two
// aimed insults in view (aggression.ts, MIN_AIMED_COMMENTS), and each labelled comment here is
// alone on its page, so the signal would measure that rule instead of the words.
import { aimedInsultIn, strengthOf } from '../../src/core/heuristics/aggression.ts';
import type { LabelledComment } from './toxicComments.ts';

/** The detector's strength for each labelled comment by its key; 0 where it finds no aimed insult. */
export function detectorStrengths(rows: readonly LabelledComment[]): Map<string, number> {
  return new Map(rows.map((r) => {
    const hit = aimedInsultIn(r.comment);
    return [r.key, hit ? strengthOf(hit) : 0];
  }));
}
