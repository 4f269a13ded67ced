import { describe, expect, it } from 'vitest';
import { confusion, rocAuc } from '../../../../scripts/eval/metrics.ts';

const row = (score: number, positive: boolean) => ({ score, positive });

describe('rocAuc', () => {
  it('is 1 when every positive outscores every negative and 0 when all are below', () => {
    expect(rocAuc([row(0.9, true), row(0.8, true), row(0.1, false), row(0.2, false)])).toBe(1);
    expect(rocAuc([row(0.1, true), row(0.9, false)])).toBe(0);
  });

  it('counts each positive-negative pair, ties as one half (hand-checked table)', () => {
    // pairs: (0.8 vs 0.5) win, (0.8 vs 0.3) win, (0.5 vs 0.5) tie, (0.5 vs 0.3) win → 3.5 / 4
    const rows = [row(0.8, true), row(0.5, true), row(0.5, false), row(0.3, false)];
    expect(rocAuc(rows)).toBeCloseTo(0.875, 10);
  });

  it('gives one half when nothing separates the classes (all scores 0)', () => {
    expect(rocAuc([row(0, true), row(0, false), row(0, false)])).toBe(0.5);
  });

  it('is NaN with one class only', () => {
    expect(rocAuc([row(0.4, true)])).toBeNaN();
  });
});

describe('confusion', () => {
  it('counts precision, recall and false-positive rate at a cut-off (hand-checked table)', () => {
    const rows = [row(0.9, true), row(0.7, false), row(0.6, true), row(0.2, true), row(0.1, false), row(0.05, false)];
    const c = confusion(rows, (r) => r.score >= 0.5);
    expect(c).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 2 });
    expect(c.precision).toBeCloseTo(2 / 3, 10);
    expect(c.recall).toBeCloseTo(2 / 3, 10);
    expect(c.fpr).toBeCloseTo(1 / 3, 10);
  });

  it('leaves precision undefined (NaN) when nothing is flagged rather than calling it perfect', () => {
    const c = confusion([row(0.1, true), row(0.2, false)], (r) => r.score >= 0.5);
    expect(c.precision).toBeNaN();
    expect(c.fpr).toBe(0);
  });
});
