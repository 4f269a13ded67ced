// A seeded simulation of who gets an account to moderation: sybil farms against a journalist
// and a handful of honest reporters against a real troll, run through the server's own decide().
import { decide, type TargetCase } from './decide.ts';
import { DEFAULT_RULES, type BrigadeRules, type ReporterRecord } from './rules.ts';
import { historiesOf, type TimedReport } from './independence.ts';
import { seededRandom } from '../../core/seededRandom.ts';

const DAY = 24 * 60 * 60 * 1000;
const int = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: () => number, items: T[], n: number): T[] => {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0] as T);
  return out;
};
const TROLLS = Array.from({ length: 400 }, (_, i) => `troll-${i}`);

interface Reporter {
  key: string;
  record: ReporterRecord;
  history: string[];
  at: number;
}

function targetCase(target: string, isProtected: boolean, reporters: Reporter[]): TargetCase {
  return {
    keyHash: target,
    protected: isProtected,
    reports: reporters.map((r): TimedReport => ({ reporterKey: r.key, receivedAt: r.at })),
    records: new Map(reporters.map((r) => [r.key, r.record])),
    histories: historiesOf(target, new Map(reporters.map((r) => [r.key, new Set([target, ...r.history])]))),
  };
}

export type SybilStrategy = 'fresh-burst' | 'fresh-spread' | 'farmed-spread' | 'farmed-burst' | 'mixed-spread';
export const SYBIL_STRATEGIES: SybilStrategy[] = ['fresh-burst', 'fresh-spread', 'farmed-spread', 'farmed-burst', 'mixed-spread'];

/** `count` sybils of one farm report `target`. Farmed keys bought a record by co-reporting decoys. */
export function sybilAttack(rand: () => number, strategy: SybilStrategy, count: number): Reporter[] {
  const decoys = pick(rand, TROLLS, int(rand, 4, 8));
  const spanMs = strategy.endsWith('burst') ? int(rand, 5, 60) * 60 * 1000 : int(rand, 7, 90) * DAY;
  return Array.from({ length: count }, (_, i) => {
    const farmed = strategy.startsWith('farmed') || (strategy === 'mixed-spread' && i % 2 === 0);
    return {
      key: `sybil-${i}`,
      record: farmed ? { confirmed: int(rand, 2, 5), rejected: 0 } : { confirmed: 0, rejected: 0 },
      history: farmed ? pick(rand, decoys, int(rand, 3, Math.min(5, decoys.length))) : [],
      at: Math.floor(rand() * spanMs),
    };
  });
}

/** `count` honest activists with their own records and histories, over a few days. */
export function honestReporters(rand: () => number, count: number, newcomers: number): Reporter[] {
  const honest = Array.from({ length: count }, (_, i): Reporter => {
    const confirmed = int(rand, 2, 8);
    return {
      key: `honest-${i}`,
      record: { confirmed, rejected: int(rand, 0, Math.floor(confirmed / 4)) },
      history: pick(rand, TROLLS, confirmed + int(rand, 0, 3)),
      at: Math.floor(rand() * int(rand, 1, 5) * DAY),
    };
  });
  const fresh = Array.from({ length: newcomers }, (_, i): Reporter => ({
    key: `newcomer-${i}`,
    record: { confirmed: 0, rejected: 0 },
    history: [],
    at: Math.floor(rand() * 5 * DAY),
  }));
  return [...honest, ...fresh];
}

export interface SimulationRow {
  scenario: string;
  target: 'journalist' | 'troll';
  protectedTarget: boolean;
  runs: number;
  reachedModeration: number;
  possibleBrigadeShown: number;
}

export interface Scenario {
  scenario: string;
  target: 'journalist' | 'troll';
  protectedTarget: boolean;
  reporters: (rand: () => number) => Reporter[];
}

/** The scenarios simulate:brigade prints; tests run the same ones. */
export function scenarios(): Scenario[] {
  const list: Scenario[] = [];
  for (const strategy of SYBIL_STRATEGIES) {
    for (const protectedTarget of [true, false]) {
      list.push({ scenario: `100 sybils, ${strategy}`, target: 'journalist', protectedTarget, reporters: (rand) => sybilAttack(rand, strategy, 100) });
    }
  }
  list.push({ scenario: '5 honest reporters', target: 'troll', protectedTarget: false, reporters: (rand) => honestReporters(rand, 5, 0) });
  list.push({ scenario: '5 honest + 0-3 newcomers', target: 'troll', protectedTarget: false, reporters: (rand) => honestReporters(rand, 5, int(rand, 0, 3)) });
  list.push({ scenario: '5 honest vs a protected account', target: 'journalist', protectedTarget: true, reporters: (rand) => honestReporters(rand, 5, 0) });
  return list;
}

/** Runs one scenario `runs` times from `seed`; reaching moderation is the worst case of "listed". */
export function runScenario(seed: number, s: Scenario, runs: number, rules: BrigadeRules = DEFAULT_RULES): SimulationRow {
  const row: SimulationRow = { scenario: s.scenario, target: s.target, protectedTarget: s.protectedTarget, runs, reachedModeration: 0, possibleBrigadeShown: 0 };
  for (let i = 0; i < runs; i++) {
    const rand = seededRandom((seed * 1_000_003 + i) ^ hashName(`${s.scenario}/${s.protectedTarget}`));
    const decision = decide(targetCase(s.target, s.protectedTarget, s.reporters(rand)), rules);
    if (decision.reachesModeration) row.reachedModeration++;
    if (decision.possibleBrigade) row.possibleBrigadeShown++;
  }
  return row;
}

function hashName(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

export const simulate = (seed: number, runs: number, rules: BrigadeRules = DEFAULT_RULES): SimulationRow[] =>
  scenarios().map((s) => runScenario(seed, s, runs, rules));
