// Which reporters of one target count as one: those who keep reporting the same targets
// together, and the newcomers of a burst. Union-find over the target's reporters.
import type { BrigadeRules } from './rules.ts';

export interface TimedReport {
  reporterKey: string;
  receivedAt: number;
}

class Groups {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    this.parent.set(key, root);
    return root;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Reports on the target that fall in some window of `burstWindowMs` holding ≥ `burstMin` reports. */
export function burstReports(reports: TimedReport[], rules: BrigadeRules): Set<TimedReport> {
  const sorted = [...reports].sort((a, b) => a.receivedAt - b.receivedAt);
  const inBurst = new Set<TimedReport>();
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    const last = sorted[end] as TimedReport;
    while ((sorted[start] as TimedReport).receivedAt < last.receivedAt - rules.burstWindowMs) start++;
    if (end - start + 1 >= rules.burstMin) for (let i = start; i <= end; i++) inBurst.add(sorted[i] as TimedReport);
  }
  return inBurst;
}

/**
 * What co-reporting needs of the reporters' histories, and all it needs: how many targets each
 * has reported and how many two of them share, the target at hand counted in both (every
 * reporter of it has reported it). The server counts these in SQL instead of shipping every
 * reporter's whole history; the simulation counts them from sets (historiesOf).
 */
export interface ReportHistories {
  size(reporterKey: string): number;
  shared(a: string, b: string): number;
}

/** Histories from target sets; a reporter without one has reported only the target. */
export function historiesOf(target: string, targetsOf: Map<string, Set<string>>): ReportHistories {
  const setOf = (key: string) => targetsOf.get(key) ?? new Set([target]);
  return {
    size: (key) => {
      const set = setOf(key);
      return set.size + (set.has(target) ? 0 : 1);
    },
    shared: (a, b) => {
      const sa = setOf(a);
      const sb = setOf(b);
      let shared = sa.has(target) && sb.has(target) ? 0 : 1;
      for (const t of sa) if (sb.has(t)) shared++;
      return shared;
    },
  };
}

/** True when two reporters' histories overlap enough, beyond the target at hand, to be one actor. */
export function coReport(sizeA: number, sizeB: number, shared: number, rules: BrigadeRules): boolean {
  const union = sizeA + sizeB - shared;
  return shared - 1 >= rules.coReportMinShared && union > 0 && shared / union >= rules.coReportJaccard;
}

/** Groups the target's reporters into independent units; returns unit id per reporter. */
export function independentUnits(
  reports: TimedReport[],
  histories: ReportHistories,
  isEstablished: (reporterKey: string) => boolean,
  rules: BrigadeRules,
): { unitOf: Map<string, string>; burst: boolean; largestCoReportGroup: number } {
  const groups = new Groups();
  const reporters = [...new Set(reports.map((r) => r.reporterKey))];
  let coReportLinks = 0;
  for (let i = 0; i < reporters.length; i++) {
    for (let j = i + 1; j < reporters.length; j++) {
      const a = reporters[i] as string;
      const b = reporters[j] as string;
      if (coReport(histories.size(a), histories.size(b), histories.shared(a, b), rules)) {
        groups.join(a, b);
        coReportLinks++;
      }
    }
  }
  const bursty = burstReports(reports, rules);
  // Newcomers reporting in a burst are one voice; established reporters keep their own, so a
  // viral thread seen by several veterans at once is not silenced.
  const burstNewcomers = [...bursty].map((r) => r.reporterKey).filter((key) => !isEstablished(key));
  for (const key of burstNewcomers.slice(1)) groups.join(burstNewcomers[0] as string, key);
  const unitOf = new Map(reporters.map((key) => [key, groups.find(key)]));
  const sizes = new Map<string, number>();
  for (const unit of unitOf.values()) sizes.set(unit, (sizes.get(unit) ?? 0) + 1);
  const largestCoReportGroup = coReportLinks === 0 ? 1 : Math.max(...sizes.values());
  return { unitOf, burst: bursty.size > 0, largestCoReportGroup };
}
