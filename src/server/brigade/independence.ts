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

/** True when two reporters' target sets overlap enough, beyond the target at hand, to be one actor. */
export function coReport(a: Set<string>, b: Set<string>, target: string, rules: BrigadeRules): boolean {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const sharedOther = shared - (a.has(target) && b.has(target) ? 1 : 0);
  const union = a.size + b.size - shared;
  return sharedOther >= rules.coReportMinShared && union > 0 && shared / union >= rules.coReportJaccard;
}

/** Groups the target's reporters into independent units; returns unit id per reporter. */
export function independentUnits(
  target: string,
  reports: TimedReport[],
  targetsOf: (reporterKey: string) => Set<string>,
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
      if (coReport(targetsOf(a), targetsOf(b), target, rules)) {
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
