// Whether two verdicts differ in anything a reader sees: the time of scoring aside. The
// background writes and pushes only verdicts that differ this way, and a tab leaves a badge
// alone when an answer repeats what it already shows.
import type { Verdict } from './model.ts';

export function sameVerdict(a: Verdict | undefined, b: Verdict): boolean {
  if (!a) return false;
  if (a === b) return true;
  const { computedAt: _a, ...restA } = a;
  const { computedAt: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}
