import { describe, expect, it } from 'vitest';
import { scoreThread } from '../../../../src/core/heuristics/scoreThread.ts';
import { iraFoldedCopies } from './realData.ts';

describe('scoreThread on real IRA tweets', () => {
  const thread = iraFoldedCopies('Lindsay Graham just doomed his re-election bid');

  it('flags every account but the first poster, each with a checkable reason', () => {
    const verdicts = scoreThread(thread, new Set(), 123);
    const unflagged = verdicts.filter((v) => v.level === 'none');
    expect(unflagged).toHaveLength(1);
    for (const v of verdicts.filter((v) => v.level !== 'none')) {
      expect(v.reasons[0]?.evidence.commentIds.length).toBeGreaterThan(0);
      expect(v.computedAt).toBe(123);
    }
  });

  it('never flags a trusted author', () => {
    const trusted = new Set(thread.map((c) => c.authorKey));
    expect(scoreThread(thread, trusted, 0).every((v) => v.level === 'none' && v.reasons.length === 0)).toBe(true);
  });
});
