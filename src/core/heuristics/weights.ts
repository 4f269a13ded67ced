// The weights score.ts combines signals with, read from weights.json: hand-set until
// scripts/fit-weights.ts writes fitted values with the data version they came from.
import type { Level, SignalId } from '../model.ts';
import { SIGNAL_IDS } from '../model.ts';
import file from './weights.json' with { type: 'json' };

export interface Weights {
  /** "hand-set" or "fitted"; the fit script also records what it fitted on. */
  source: string;
  note?: string;
  /** Which data (folder names and row counts or hashes) the weights were fitted on; null if hand-set. */
  dataVersion: string | null;
  /** score = sigmoid(bias + Σ weight·strength) over the signals raised; 0 when none is raised. */
  model: 'logistic';
  bias: number;
  /** Non-negative: a signal may only ever add suspicion, never excuse. */
  weights: Record<SignalId, number>;
  /** Lower bound of each level's score. */
  thresholds: Record<Exclude<Level, 'none'>, number>;
}

/** Checks a weights document (the fit script's output) and fills nothing in silently. */
export function readWeights(raw: unknown): Weights {
  const w = raw as Partial<Weights>;
  if (w?.model !== 'logistic' || typeof w.bias !== 'number' || !w.weights || !w.thresholds) {
    throw new Error('weights.json: expected { model: "logistic", bias, weights, thresholds }');
  }
  for (const id of SIGNAL_IDS) {
    const value = w.weights[id];
    if (typeof value !== 'number' || !(value >= 0)) throw new Error(`weights.json: weight of ${id} must be a number >= 0`);
  }
  const { watch, suspected, likely } = w.thresholds;
  if (!(0 < watch && watch < suspected && suspected < likely && likely <= 1)) {
    throw new Error('weights.json: thresholds must rise: 0 < watch < suspected < likely <= 1');
  }
  return w as Weights;
}

export const DEFAULT_WEIGHTS: Weights = readWeights(file);
