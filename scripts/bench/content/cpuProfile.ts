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

/** Milliseconds of samples whose stack holds a frame from a script matching each pattern. */
export function timeUnder(profile: CpuProfile, patterns: Record<string, RegExp>): Record<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
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
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    // A native frame (serialising, DOM) is charged with the nearest matching script frame above it.
    let node = byId.get(id);
    let label = node ? `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber ?? ''}` : '';
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
