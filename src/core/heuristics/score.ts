// Combines signals into one verdict: a score 0..1, a level, and every reason behind it.
// Logistic: score = sigmoid(bias + Σ weight·strength), with weights from weights.json, so a
// fit on labelled data can set them. No signal, no score: a flag always has a reason.
import type { AuthorKey, Level, Reason, Signal, Verdict } from '../model.ts';
import { DEFAULT_WEIGHTS, type Weights } from './weights.ts';

export function levelOf(score: number, weights: Weights = DEFAULT_WEIGHTS): Level {
  const { watch, suspected, likely } = weights.thresholds;
  if (score >= likely) return 'likely';
  if (score >= suspected) return 'suspected';
  if (score >= watch) return 'watch';
  return 'none';
}

/** The score of a set of signals under `weights`; 0 when there is none (nothing to check). */
export function combine(signals: readonly Signal[], weights: Weights = DEFAULT_WEIGHTS): number {
  if (signals.length === 0) return 0;
  let sum = weights.bias;
  for (const s of signals) sum += weights.weights[s.id] * s.strength;
  return 1 / (1 + Math.exp(-sum));
}

export interface ScoreInput {
  authorKey: AuthorKey;
  displayName: string;
  signals: readonly Signal[];
  /** The user's own "this person is real" list always wins. */
  trusted: boolean;
  now: number;
  weights?: Weights;
}

export function scoreAuthor({ authorKey, displayName, signals, trusted, now, weights = DEFAULT_WEIGHTS }: ScoreInput): Verdict {
  // A signal with weight 0 moves nothing, so it is no reason to show either.
  const reasons: Reason[] = trusted
    ? []
    : signals.map((s) => ({ ...s, weight: weights.weights[s.id] })).filter((r) => r.weight > 0 && r.strength > 0);
  const score = combine(reasons, weights);
  return {
    authorKey,
    displayName,
    score: Math.round(score * 1000) / 1000,
    level: levelOf(score, weights),
    reasons: reasons.sort((a, b) => b.weight * b.strength - a.weight * a.strength),
    computedAt: now,
  };
}
