// Whether a reported account reaches the moderation queue: k independent reporting units,
// weighted by their record, with newcomers capped, bursts and co-reporters collapsed, and more
// needed for a protected account. Pure: the server and simulate:brigade call the same function.
import { independentUnits, type ReportHistories, type TimedReport } from './independence.ts';
import { reporterWeight, type BrigadeRules, type ReporterRecord } from './rules.ts';

export interface TargetCase {
  keyHash: string;
  protected: boolean;
  reports: TimedReport[];
  records: Map<string, ReporterRecord>;
  /** How many targets each reporter has reported and how many two share (the target itself included). */
  histories: ReportHistories;
}

export interface Decision {
  reachesModeration: boolean;
  score: number;
  units: number;
  establishedUnits: number;
  /** Shown to moderators as "possible brigade": a burst or a group of co-reporters. */
  possibleBrigade: boolean;
  weights: Map<string, number>;
}

export function decide(target: TargetCase, rules: BrigadeRules): Decision {
  const standing = new Map(
    [...new Set(target.reports.map((r) => r.reporterKey))].map((key) => [
      key,
      reporterWeight(target.records.get(key) ?? { confirmed: 0, rejected: 0 }, rules),
    ]),
  );
  const { unitOf, burst, largestCoReportGroup } = independentUnits(
    target.reports,
    target.histories,
    (key) => standing.get(key)?.established ?? false,
    rules,
  );
  // A unit weighs what its best member weighs: a hundred voices of one actor are one voice.
  const units = new Map<string, { weight: number; established: boolean }>();
  for (const [key, unit] of unitOf) {
    const s = standing.get(key) ?? { weight: 0, established: false };
    const best = units.get(unit);
    if (!best || s.weight > best.weight) units.set(unit, s);
  }
  let establishedScore = 0;
  let establishedUnits = 0;
  let newcomerScore = 0;
  for (const unit of units.values()) {
    if (unit.established) {
      establishedScore += unit.weight;
      establishedUnits++;
    } else newcomerScore += unit.weight;
  }
  const score = establishedScore + Math.min(rules.newcomerCap, newcomerScore);
  const reachesModeration = target.protected
    ? establishedUnits >= rules.protectedK && establishedScore >= rules.protectedThreshold
    : units.size >= rules.k && score >= rules.threshold;
  return {
    reachesModeration,
    score,
    units: units.size,
    establishedUnits,
    possibleBrigade: burst || largestCoReportGroup >= 3,
    weights: new Map([...standing].map(([key, s]) => [key, s.weight])),
  };
}
