// Builds the weights.json document the fit writes: score.ts's format (model, bias, weights,
// thresholds) plus the data version and a record of how the fit was made.
import { SIGNAL_IDS, type SignalId } from '../../src/core/model.ts';
import type { Weights } from '../../src/core/heuristics/weights.ts';
import type { DataFile } from '../eval/dataVersion.ts';
import type { FitRecord } from '../eval/fitRecord.ts';
import type { LogisticModel } from './logisticFit.ts';
import type { Thresholds } from './thresholds.ts';

export interface WeightsDocument extends Weights {
  fit: FitRecord;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function weightsDocument(args: {
  date: string;
  files: DataFile[];
  model: LogisticModel;
  /** Signals the training rows raise too rarely to fit, with their weight in the previous file. */
  kept: ReadonlyMap<SignalId, number>;
  previousBias: number;
  thresholds: Thresholds;
  record: Omit<FitRecord, 'date' | 'files' | 'split'> & { split: FitRecord['split'] };
}): WeightsDocument {
  const weights = Object.fromEntries(
    SIGNAL_IDS.map((id, j) => [id, round4(keptWeight(args.kept.get(id), args.previousBias, args.model.bias) ?? args.model.weights[j] ?? 0)]),
  ) as Record<SignalId, number>;
  return {
    source: 'fitted',
    note: 'Written by `npm run fit` (scripts/fit-weights.ts): logistic regression over signal strengths, weights bounded below by 0.05 (a signal the data finds useless still shows as a reason but barely moves the score), on the training half of ../shared/data; thresholds chosen on the same half. Signals listed in fit.keptWeights are too rare in the data to fit: alone at full strength they keep the score the previous (hand-set) file gave them (bias + weight unchanged), but never drop below 0.05 so they still show as reasons. Do not edit by hand: rerun the fit.',
    dataVersion: `${args.date} sha256 ` + args.files.map((f) => `${f.path}=${f.sha256.slice(0, 16)}`).join(' '),
    model: 'logistic',
    bias: args.model.bias,
    weights,
    thresholds: args.thresholds,
    fit: { date: args.date, files: args.files, ...args.record },
  };
}

/** A kept signal never drops to 0: weight 0 would hide it from every card (score.ts drops it). */
export const KEPT_FLOOR = 0.05;

/**
 * A kept signal alone at full strength keeps the score it had under the previous file
 * (bias + weight unchanged), so a new bias cannot lift a weak unfitted signal into a flag;
 * never below KEPT_FLOOR, so it still shows as a reason beside the others.
 */
export function keptWeight(previousWeight: number | undefined, previousBias: number, bias: number): number | undefined {
  if (previousWeight === undefined) return undefined;
  return previousWeight > 0 ? Math.max(KEPT_FLOOR, previousWeight + previousBias - bias) : 0;
}
