// Anti-brigading: a sybil farm never gets a protected journalist to moderation, honest
// independent reporters do get a real troll there, and each defence is what holds the line.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/server/brigade/decide.ts';
import { DEFAULT_RULES } from '../../src/server/brigade/rules.ts';
import { historiesOf } from '../../src/server/brigade/independence.ts';
import { runScenario, scenarios, sybilAttack } from '../../src/server/brigade/simulate.ts';
import { seededRandom } from '../../src/core/seededRandom.ts';

const RUNS = 1000;
const find = (name: string, isProtected: boolean) => {
  const s = scenarios().find((x) => x.scenario === name && x.protectedTarget === isProtected);
  if (!s) throw new Error(`no scenario ${name}`);
  return s;
};

describe('simulate:brigade outcomes', () => {
  it('100 sybils never get a protected journalist to moderation, whatever the strategy, over 1000 runs', () => {
    for (const s of scenarios().filter((x) => x.target === 'journalist' && x.scenario.startsWith('100 sybils') && x.protectedTarget)) {
      const row = runScenario(7, s, RUNS);
      expect(row.reachedModeration, s.scenario).toBe(0);
    }
  }, 120_000);

  it('5 honest independent reporters get a real troll to moderation in every run', () => {
    expect(runScenario(7, find('5 honest reporters', false), RUNS).reachedModeration).toBe(RUNS);
    expect(runScenario(7, find('5 honest + 0-3 newcomers', false), RUNS).reachedModeration).toBe(RUNS);
  }, 60_000);

  it('a burst of sybil reports is shown as a possible brigade', () => {
    const row = runScenario(7, find('100 sybils, fresh-burst', true), 50);
    expect(row.possibleBrigadeShown).toBe(50);
  });
});

describe('each defence matters', () => {
  const farmCase = (isProtected: boolean) => {
    const reporters = sybilAttack(seededRandom(1), 'farmed-spread', 100);
    return {
      keyHash: 'journalist',
      protected: isProtected,
      reports: reporters.map((r) => ({ reporterKey: r.key, receivedAt: r.at })),
      records: new Map(reporters.map((r) => [r.key, r.record])),
      histories: historiesOf('journalist', new Map(reporters.map((r) => [r.key, new Set(['journalist', ...r.history])]))),
    };
  };

  it('without collapsing co-reporters, a farm with bought records would reach moderation', () => {
    expect(decide(farmCase(true), DEFAULT_RULES).reachesModeration).toBe(false);
    expect(decide(farmCase(true), { ...DEFAULT_RULES, coReportMinShared: Infinity }).reachesModeration).toBe(true);
  });

  it('co-reporters count as one unit', () => {
    const decision = decide(farmCase(false), DEFAULT_RULES);
    expect(decision.units).toBeLessThanOrEqual(2);
    expect(decision.possibleBrigade).toBe(true);
  });

  it('newcomers in a burst are one voice; newcomers spread out are capped together', () => {
    const fresh = (spanMs: number) => {
      const reports = Array.from({ length: 40 }, (_, i) => ({ reporterKey: `n${i}`, receivedAt: (i * spanMs) / 40 }));
      return { keyHash: 't', protected: false, reports, records: new Map(), histories: historiesOf('t', new Map()) };
    };
    const burst = decide(fresh(10 * 60 * 1000), DEFAULT_RULES);
    expect(burst.units).toBe(1);
    expect(burst.possibleBrigade).toBe(true);
    const spread = decide(fresh(40 * 24 * 3600 * 1000), DEFAULT_RULES);
    expect(spread.units).toBe(40);
    expect(spread.score).toBe(DEFAULT_RULES.newcomerCap);
    expect(spread.reachesModeration).toBe(false);
  });

  it('a protected account needs more established reporters than an ordinary one', () => {
    const veterans = (n: number, isProtected: boolean) => ({
      keyHash: 't',
      protected: isProtected,
      reports: Array.from({ length: n }, (_, i) => ({ reporterKey: `v${i}`, receivedAt: i * 86_400_000 })),
      records: new Map(Array.from({ length: n }, (_, i) => [`v${i}`, { confirmed: 4, rejected: 0 }])),
      histories: historiesOf('t', new Map()),
    });
    expect(decide(veterans(3, false), DEFAULT_RULES).reachesModeration).toBe(true);
    expect(decide(veterans(5, true), DEFAULT_RULES).reachesModeration).toBe(false);
    expect(decide(veterans(6, true), DEFAULT_RULES).reachesModeration).toBe(true);
  });
});
