import { describe, expect, it } from 'vitest';
import { readWeights } from '../../../../src/core/heuristics/weights.ts';
import { KEPT_FLOOR, keptWeight, weightsDocument } from '../../../../scripts/fit/weightsDocument.ts';
import { SIGNAL_IDS } from '../../../../src/core/model.ts';

describe('keptWeight', () => {
  it('keeps what an unfitted signal alone scored: bias + weight unchanged', () => {
    expect(keptWeight(1.5, -3, -2)).toBeCloseTo(0.5, 10);
  });

  it('never hides a kept signal (weight 0 drops it from every card) and keeps a zero weight zero', () => {
    expect(keptWeight(1.5, -3, -0.5)).toBe(KEPT_FLOOR);
    expect(keptWeight(0, -3, -0.5)).toBe(0);
    expect(keptWeight(undefined, -3, -0.5)).toBeUndefined();
  });
});

describe('weightsDocument', () => {
  it('writes a file the extension accepts, with the sha256 of every data file and the date', () => {
    const doc = weightsDocument({
      date: '2026-11-26',
      files: [{ path: 'cresci2017_accounts/accounts.csv', sha256: 'ab'.repeat(32) }],
      model: { bias: -2, weights: SIGNAL_IDS.map(() => 1) },
      kept: new Map([['listed', 4]]),
      previousBias: -3,
      thresholds: { watch: 0.3, suspected: 0.6, likely: 0.9 },
      record: { split: { salt: 's', trainFraction: 0.5, rule: 'r' } },
    });
    expect(() => readWeights(doc)).not.toThrow();
    expect(doc.weights.listed).toBe(3);
    expect(doc.weights.copypasta).toBe(1);
    expect(doc.dataVersion).toContain('2026-11-26');
    expect(doc.dataVersion).toContain('cresci2017_accounts/accounts.csv=abababab');
    expect(doc.fit.files[0]?.sha256).toBe('ab'.repeat(32));
  });
});
