// Chooses the level thresholds on the training rows so the held-out goals have a margin:
// "likely" where at most LIKELY_FPR of real users score at or above it, "suspected" where the
// flagged are at least SUSPECTED_PRECISION trolls, "watch" where at most WATCH_FPR of real
// users are flagged. Cut-offs sit midway between adjacent scores, never on one.
import type { Scored } from '../eval/metrics.ts';

export const LIKELY_FPR = 0.0025; // goal 0.5% on held-out rows
export const SUSPECTED_PRECISION = 0.97; // goal 0.95
export const WATCH_FPR = 0.02;
/** Fewer flagged rows than this make a precision too noisy to trust. */
export const MIN_FLAGGED = 20;
const GAP = 0.001;

interface Cut {
  threshold: number;
  tp: number;
  fp: number;
}

/** Every cut-off between distinct scores, highest first, with what it flags. */
export function cuts(rows: readonly Scored[]): Cut[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score);
  const out: Cut[] = [];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < sorted.length; i++) {
    const row = sorted[i]!;
    if (row.positive) tp++;
    else fp++;
    const next = sorted[i + 1];
    if (next === undefined || next.score < row.score) out.push({ threshold: next === undefined ? row.score / 2 : (row.score + next.score) / 2, tp, fp });
  }
  return out;
}

export interface Thresholds {
  watch: number;
  suspected: number;
  likely: number;
}

export function chooseThresholds(rows: readonly Scored[]): Thresholds {
  const negatives = rows.filter((r) => !r.positive).length;
  // Authors without a signal score 0 and are never flagged, so no cut-off goes below 0.01.
  const all = cuts(rows).filter((c) => c.threshold >= 0.01);
  const lowest = (ok: (c: Cut) => boolean, fallback: number) => all.filter(ok).at(-1)?.threshold ?? fallback;
  const likely = Math.min(0.99, lowest((c) => c.fp / negatives <= LIKELY_FPR, 0.99));
  // The lowest cut-off whose flagged set is precise enough (precision is not monotone, so all are tried).
  const precise = (c: Cut) => c.tp + c.fp >= MIN_FLAGGED && c.tp / (c.tp + c.fp) >= SUSPECTED_PRECISION;
  const suspected = Math.min(likely - GAP, lowest(precise, likely - GAP));
  const watch = Math.max(0.01, Math.min(suspected - GAP, lowest((c) => c.fp / negatives <= WATCH_FPR, suspected - GAP)));
  return { watch: round(watch), suspected: round(suspected), likely: round(likely) };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
