// Reads a V8 CPU profile (CDP Profiler.stop) and sums the sampled time spent under scripts whose
// URL matches: content scripts run in the page's own V8 isolate, so one profile of the tab holds
// Kuzet's samples and the bare walk's side by side, measured in the same run.

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName?: string; lineNumber?: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

type Frame = ProfileNode['callFrame'];

/** The profile's nodes by id and each node's caller: every walk up a sampled stack needs both. */
function profileTree(profile: CpuProfile): { byId: Map<number, ProfileNode>; parent: Map<number, number> } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return { byId: new Map(profile.nodes.map((n) => [n.id, n])), parent };
}

/** How a printed line names a function: its name, script file and line. */
function frameLabel(frame: Frame): string {
  return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber ?? ''}`;
}

/** Milliseconds of samples whose stack holds a frame from a script matching each pattern. */
export function timeUnder(profile: CpuProfile, patterns: Record<string, RegExp>): Record<string, number> {
  const { byId, parent } = profileTree(profile);
  const memo = new Map<number, string | null>();
  const owner = (id: number): string | null => {
    if (memo.has(id)) return memo.get(id) ?? null;
    const node = byId.get(id);
    const here = node ? Object.keys(patterns).find((name) => patterns[name]!.test(node.callFrame.url)) ?? null : null;
    const up = parent.get(id);
    const found = here ?? (up === undefined ? null : owner(up));
    memo.set(id, found);
    return found;
  };
  const totals: Record<string, number> = Object.fromEntries(Object.keys(patterns).map((k) => [k, 0]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i; the time a sample stands for is the next delta.
  samples.forEach((id, i) => {
    const who = owner(id);
    if (who) totals[who]! += (deltas[i + 1] ?? 0) / 1000;
  });
  return totals;
}

/** Self time (ms) per function of scripts matching `pattern`, largest first: where the time goes. */
export function selfTimeByFunction(profile: CpuProfile, pattern: RegExp, top = 25): [string, number][] {
  const { byId, parent } = profileTree(profile);
  const totals = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    // A native frame (serialising, DOM) is charged with the nearest matching script frame above it.
    let node = byId.get(id);
    let label = node ? frameLabel(node.callFrame) : '';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      node = byId.get(at);
      if (node && pattern.test(node.callFrame.url)) {
        if (at !== id) label = `${label} <- ${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber ?? ''}`;
        totals.set(label, (totals.get(label) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
        return;
      }
    }
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/** Total time (ms) of samples with each function of `pattern`'s scripts anywhere on their stack, largest first. */
export function inclusiveTimeByFunction(profile: CpuProfile, pattern: RegExp, top = 30): [string, number][] {
  const { byId, parent } = profileTree(profile);
  const totals = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const seen = new Set<string>(); // a recursive function counts once per sample
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || !pattern.test(frame.url)) continue;
      const label = frameLabel(frame);
      if (seen.has(label)) continue;
      seen.add(label);
      totals.set(label, (totals.get(label) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    }
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}
