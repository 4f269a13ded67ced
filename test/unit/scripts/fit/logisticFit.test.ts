import { describe, expect, it } from 'vitest';
import { fitLogistic, predict } from '../../../../scripts/fit/logisticFit.ts';

describe('fitLogistic', () => {
  it('gives a separating feature a large weight and a useless one none', () => {
    const x: number[][] = [];
    const y: boolean[] = [];
    for (let i = 0; i < 200; i++) {
      const troll = i % 2 === 0;
      x.push([troll ? 1 : 0, (i % 4) / 4]);
      y.push(troll);
    }
    const model = fitLogistic(x, y);
    expect(model.weights[0]).toBeGreaterThan(3);
    expect(model.weights[1]).toBeLessThan(0.5);
    expect(predict(model, [1, 0])).toBeGreaterThan(0.9);
  });

  it('never gives a weight below zero, even to a feature that points at real users', () => {
    const x = Array.from({ length: 100 }, (_, i) => [i % 2 === 0 ? 0 : 1]);
    const y = x.map((r) => r[0] === 0);
    expect(fitLogistic(x, y).weights[0]).toBe(0);
  });
});

describe('fitLogistic with lower bounds', () => {
  it('keeps a useless feature at its floor instead of zero', () => {
    const x = Array.from({ length: 100 }, (_, i) => [i % 2 === 0 ? 0 : 1]);
    const y = x.map((r) => r[0] === 0);
    expect(fitLogistic(x, y, { minWeights: [0.05] }).weights[0]).toBe(0.05);
  });
});
