// Speed work on the scorer must not change what it says: every verdict on the bench's real IRA
// threads and on the eval's real accounts, streams and comments (../shared/data, read in place)
// must equal the golden one written before the change (goldenVerdicts.ts; fixture provenance in
// test/fixtures/scoring-golden/PROVENANCE.md), level, score, reasons and evidence alike.
import { describe, expect, it } from 'vitest';
import { forgetFoldedWords } from '../../../../src/core/heuristics/commentWords.ts';
import { goldenSections, readGolden } from './goldenVerdicts.ts';

const golden = readGolden();

describe('golden verdicts on real data', () => {
  it('the same verdicts (all signals but aggression) as before the speed work, section by section', () => {
    forgetFoldedWords(); // first sight, as in the bench
    const sections = goldenSections();
    expect(sections.map((s) => s.name)).toEqual(golden.map((s) => s.name));
    for (const [n, s] of sections.entries()) {
      const g = golden[n]!;
      expect({ name: s.name, verdicts: s.verdicts }).toEqual({ name: g.name, verdicts: g.verdicts });
      // The flagged ones first: a difference there shows which author and which reason moved.
      expect(s.flagged).toEqual(g.flagged);
      expect(s.sha256, `${s.name}: a verdict without reasons changed`).toBe(g.sha256);
    }
    // The golden is not empty: real copy groups, bursts, profiles and ordinary people are in it.
    expect(golden.reduce((n, s) => n + s.flagged.length, 0)).toBeGreaterThan(4_000);
    expect(golden.reduce((n, s) => n + s.verdicts, 0)).toBeGreaterThan(30_000);
  }, 300_000); // ~15 s alone; minutes on the loaded shared machine

  it('the same verdicts when every text was folded before (the background rescoring a thread)', () => {
    // Scored once more with the folded-words memo and the word-key table full from the first run.
    const again = goldenSections();
    expect(again.map((s) => [s.sha256, s.flagged.length])).toEqual(golden.map((s) => [s.sha256, s.flagged.length]));
  }, 300_000);
});
