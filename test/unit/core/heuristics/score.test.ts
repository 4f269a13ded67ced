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
    const verdict = scoreAuthor({ ...base, signals: [signal(0.8)], trusted: false });
    expect(verdict.level).toBe('suspected');
    expect(verdict.reasons[0]).toMatchObject({ id: 'copypasta', weight: DEFAULT_WEIGHTS.weights.copypasta, strength: 0.8 });
    expect(verdict.computedAt).toBe(42);
  });

  it('never flags an author on the trusted list', () => {
    const verdict = scoreAuthor({ ...base, signals: [signal(1), signal(1)], trusted: true });
    expect(verdict).toMatchObject({ score: 0, level: 'none', reasons: [] });
  });

  it('maps scores to levels at the thresholds', () => {
    expect([0.1, 0.25, 0.5, 0.75, 1].map((s) => levelOf(s))).toEqual(['none', 'watch', 'suspected', 'likely', 'likely']);
  });
});
