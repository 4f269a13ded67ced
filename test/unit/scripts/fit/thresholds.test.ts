import { describe, expect, it } from 'vitest';
import { chooseThresholds, cuts } from '../../../../scripts/fit/thresholds.ts';

const row = (score: number, positive: boolean) => ({ score, positive });

describe('cuts', () => {
  it('puts each cut-off midway between distinct scores and counts what it flags', () => {
    const c = cuts([row(0.9, true), row(0.5, false), row(0.5, true), row(0.1, false)]);
    expect(c).toEqual([
      { threshold: 0.7, tp: 1, fp: 0 },
      { threshold: 0.3, tp: 2, fp: 1 },
      { threshold: 0.05, tp: 2, fp: 2 },
    ]);
  });
});

describe('chooseThresholds', () => {
  it('keeps every real user below "likely" when 400 negatives allow at most one in 400 above it', () => {
    const rows = [
      ...Array.from({ length: 400 }, (_, i) => row(0.2 + (i % 10) / 100, false)), // 0.20..0.29
      ...Array.from({ length: 100 }, (_, i) => row(0.6 + (i % 30) / 100, true)), // 0.60..0.89
    ];
    const t = chooseThresholds(rows);
    expect(t.likely).toBeGreaterThan(0.29);
    expect(t.likely).toBeLessThanOrEqual(0.6);
    expect(t.watch).toBeLessThan(t.suspected);
    expect(t.suspected).toBeLessThan(t.likely);
  });
});
