// One scored author of the eval: its label, the raw signals the heuristics raised, and its
// score and level under some weights — always through score.ts's scoreAuthor, the code the
// extension runs, so the eval, the ablation and the fit cannot drift from it.
import { scoreAuthor } from '../../src/core/heuristics/score.ts';
import type { Weights } from '../../src/core/heuristics/weights.ts';
import type { Level, Signal } from '../../src/core/model.ts';

export type Part = 'accounts' | 'streams' | 'comments';

export interface ScoredRow {
  key: string;
  dataset: string;
  part: Part;
  positive: boolean;
  signals: Signal[];
  /** Score and level under the weights the run uses. */
  score: number;
  level: Level;
}

export function rescore(signals: readonly Signal[], weights: Weights): { score: number; level: Level } {
  const v = scoreAuthor({ authorKey: '', displayName: '', signals, trusted: false, now: 0, weights });
  return { score: v.score, level: v.level };
}

export const LEVEL_RANK: Record<Level, number> = { none: 0, watch: 1, suspected: 2, likely: 3 };

/** Flagged at `level` or above. */
export const atLeast = (level: Level) => (row: { level: Level }) => LEVEL_RANK[row.level] >= LEVEL_RANK[level];
