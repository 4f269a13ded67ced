// Summarises scored rows into the eval's figures: per group AUC, precision/recall/FPR at each
// level, and the per-signal ablation (the same rows re-scored with one signal left out).
import type { Weights } from '../../src/core/heuristics/weights.ts';
import { SIGNAL_IDS, type SignalId } from '../../src/core/model.ts';
import { confusion, rocAuc, type Confusion } from './metrics.ts';
import { atLeast, rescore, type ScoredRow } from './scoredRow.ts';

export const FLAG_LEVELS = ['watch', 'suspected', 'likely'] as const;

export interface Figures {
  name: string;
  n: number;
  positives: number;
  auc: number;
  levels: Record<(typeof FLAG_LEVELS)[number], Confusion>;
  /** For one signal alone: the rows it was raised for at all (strength > 0). */
  raised?: Confusion;
}

export function figuresOf(name: string, rows: readonly ScoredRow[]): Figures {
  const levels = Object.fromEntries(FLAG_LEVELS.map((l) => [l, confusion(rows, atLeast(l))])) as Figures['levels'];
  return { name, n: rows.length, positives: rows.filter((r) => r.positive).length, auc: rocAuc(rows), levels };
}

export interface Ablation {
  signal: SignalId;
  /** Share of positives / negatives this signal was raised for (strength > 0). */
  raisedPositive: number;
  raisedNegative: number;
  without: Figures;
}

export function ablation(rows: readonly ScoredRow[], weights: Weights): Ablation[] {
  const pos = rows.filter((r) => r.positive).length;
  const neg = rows.length - pos;
  return SIGNAL_IDS.map((signal) => {
    const raised = (positive: boolean) =>
      rows.filter((r) => r.positive === positive && r.signals.some((s) => s.id === signal && s.strength > 0)).length;
    const rescored = rows.map((r) => ({ ...r, ...rescore(r.signals.filter((s) => s.id !== signal), weights) }));
    return { signal, raisedPositive: raised(true) / pos, raisedNegative: raised(false) / neg, without: figuresOf(`without ${signal}`, rescored) };
  });
}

/** The rows scored by one number alone, for (c): does the aggression detector find the toxic comments? */
export function scoredAlone(name: string, rows: readonly ScoredRow[], scoreOf: (row: ScoredRow) => number): Figures {
  const alone = rows.map((r) => ({ ...r, score: scoreOf(r) }));
  return { ...figuresOf(name, alone), raised: confusion(alone, (r) => r.score > 0) };
}
