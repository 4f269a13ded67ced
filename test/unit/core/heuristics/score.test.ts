import { describe, expect, it } from 'vitest';
import { levelOf, scoreAuthor } from '../../../../src/core/heuristics/score.ts';
import { DEFAULT_WEIGHTS } from '../../../../src/core/heuristics/weights.ts';
import type { Signal } from '../../../../src/core/model.ts';

const signal = (strength: number): Signal => ({
  id: 'copypasta',
  strength,
  sentence: { key: 'reasonCopypasta', substitutions: ['3', 'x'] },
  evidence: { commentIds: ['t:1'], urls: [] },
});
const base = { authorKey: 't:a', displayName: 'a', now: 42 };

describe('scoreAuthor', () => {
  it('gives no flag without a signal', () => {
    expect(scoreAuthor({ ...base, signals: [], trusted: false })).toMatchObject({ score: 0, level: 'none', reasons: [] });
  });

  it('flags with the reason and its weight attached', () => {
    const verdict = scoreAuthor({ ...base, signals: [signal(1)], trusted: false });
    expect(['suspected', 'likely']).toContain(verdict.level);
    expect(verdict.reasons[0]).toMatchObject({ id: 'copypasta', weight: DEFAULT_WEIGHTS.weights.copypasta, strength: 1 });
    expect(verdict.computedAt).toBe(42);
  });

  it('under the weights in use: a handle hint alone is no flag, a copied text of 5 accounts or a profile saying "bot" is', () => {
    const of = (id: Signal['id'], strength: number) => scoreAuthor({ ...base, signals: [{ ...signal(strength), id }], trusted: false }).level;
    expect(of('handlePattern', 0.5)).toBe('none');
    expect(of('copypasta', 1)).not.toBe('none');
    expect(of('selfDeclaredBot', 1)).not.toBe('none');
    expect(of('copypasta', 0.6)).not.toBe('none'); // three accounts with one text
  });

  it('never flags an author on the trusted list', () => {
    const verdict = scoreAuthor({ ...base, signals: [signal(1), signal(1)], trusted: true });
    expect(verdict).toMatchObject({ score: 0, level: 'none', reasons: [] });
  });

  it('maps scores to levels at the thresholds', () => {
    const weights = { ...DEFAULT_WEIGHTS, thresholds: { watch: 0.25, suspected: 0.5, likely: 0.75 } };
    expect([0.1, 0.25, 0.5, 0.75, 1].map((s) => levelOf(s, weights))).toEqual(['none', 'watch', 'suspected', 'likely', 'likely']);
    const { watch, suspected, likely } = DEFAULT_WEIGHTS.thresholds;
    expect([watch, suspected, likely].map((s) => levelOf(s))).toEqual(['watch', 'suspected', 'likely']);
  });
});
