// Combines signals into one verdict: a score 0..1, a level, and every reason behind it.
// Independent evidence adds up like independent chances (noisy-or), so one weak signal
// never reaches "likely" alone while several agreeing ones do.
import type { AuthorKey, Level, Reason, Signal, SignalId, Verdict } from '../model.ts';

/** How much each signal may move the score; fitted weights come with the full signal set. */
export const WEIGHTS: Readonly<Record<SignalId, number>> = {
  copypasta: 0.8,
  // Not raised by any heuristic yet (the signals issue adds them); weight 0 moves nothing.
  accountAge: 0,
  handlePattern: 0,
  burst: 0,
  postRate: 0,
  crossThreadRepeat: 0,
  avatarReuse: 0,
  coOccurrence: 0,
  nameChange: 0,
  aggression: 0,
  listed: 0,
};

/** Lower bounds of each level, checked from the top. */
export const THRESHOLDS: ReadonlyArray<readonly [Exclude<Level, 'none'>, number]> = [
  ['likely', 0.75],
  ['suspected', 0.5],
  ['watch', 0.25],
];

export function levelOf(score: number): Level {
  return THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? 'none';
}

export interface ScoreInput {
  authorKey: AuthorKey;
  displayName: string;
  signals: readonly Signal[];
  /** The user's own "this person is real" list always wins. */
  trusted: boolean;
  now: number;
}

export function scoreAuthor({ authorKey, displayName, signals, trusted, now }: ScoreInput): Verdict {
  const reasons: Reason[] = signals.map((s) => ({ ...s, weight: WEIGHTS[s.id] }));
  const score = trusted ? 0 : 1 - reasons.reduce((miss, r) => miss * (1 - r.weight * r.strength), 1);
  return {
    authorKey,
    displayName,
    score: Math.round(score * 1000) / 1000,
    level: levelOf(score),
    reasons: trusted ? [] : reasons.sort((a, b) => b.weight * b.strength - a.weight * a.strength),
    computedAt: now,
  };
}
