// The anti-brigading thresholds in one place, with why each has the value it has. The server
// reads overrides from its config; simulate:brigade runs exactly these defaults.
export interface BrigadeRules {
  /** Independent reporting units a target needs before moderators see it. */
  k: number;
  /** Summed unit weight it needs as well (one weight-1 veteran is not three people). */
  threshold: number;
  /** A protected account (journalist, outlet, candidate) needs this many established units… */
  protectedK: number;
  /** …and this much established weight; newcomers count nothing against it. */
  protectedThreshold: number;
  /**
   * All reporters without a record together add at most this much: sybils are free to make, so
   * a crowd of them must never make up for a missing established reporter.
   */
  newcomerCap: number;
  /** Weight of a reporter with no confirmed record. */
  newcomerWeight: number;
  /** Confirmed reports needed before a reporter counts as established. */
  establishedAfter: number;
  /** `burstMin` reports on one target within `burstWindowMs` form a burst (a possible brigade). */
  burstWindowMs: number;
  burstMin: number;
  /** Two reporters sharing this many other targets with this Jaccard overlap count as one. */
  coReportMinShared: number;
  coReportJaccard: number;
}

export const DEFAULT_RULES: BrigadeRules = {
  k: 3,
  threshold: 2,
  protectedK: 6,
  protectedThreshold: 5,
  newcomerCap: 0.5,
  newcomerWeight: 0.2,
  establishedAfter: 2,
  burstWindowMs: 60 * 60 * 1000,
  burstMin: 5,
  coReportMinShared: 2,
  coReportJaccard: 0.5,
};

export interface ReporterRecord {
  confirmed: number;
  rejected: number;
}

/**
 * How much one reporter's word weighs: newcomers little, each confirmed report more (up to 1),
 * rejected reports pull it down twice as hard as confirmed ones push it up.
 */
export function reporterWeight(record: ReporterRecord, rules: BrigadeRules): { weight: number; established: boolean } {
  const { confirmed, rejected } = record;
  if (confirmed < rules.establishedAfter) return { weight: rules.newcomerWeight, established: false };
  const weight = Math.min(1, confirmed / (2 * rules.establishedAfter)) * (confirmed / (confirmed + 2 * rejected));
  // A record mostly of rejections falls back to newcomer standing, never below it.
  return weight > rules.newcomerWeight ? { weight, established: true } : { weight: rules.newcomerWeight, established: false };
}
