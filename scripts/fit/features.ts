// Turns a scored row's signals into the fit's feature vector: one strength per signal of the
// registry, in SIGNAL_IDS order, 0 where the signal was not raised.
import { SIGNAL_IDS } from '../../src/core/model.ts';
import type { ScoredRow } from '../eval/scoredRow.ts';

export function featuresOf(row: ScoredRow): number[] {
  return SIGNAL_IDS.map((id) => Math.max(0, ...row.signals.filter((s) => s.id === id).map((s) => s.strength)));
}
