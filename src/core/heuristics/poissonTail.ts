// P(X >= k) for X ~ Poisson(mean): how surprising a count is against what chance predicts.
// Burst and co-occurrence compare what they see with a base rate through it.

export function poissonTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  // 1 - P(X <= k-1), summed in the stable direction (terms grow then shrink; k stays small).
  let term = Math.exp(-mean);
  let below = term;
  for (let i = 1; i < k; i++) {
    term *= mean / i;
    below += term;
  }
  return Math.max(0, 1 - below);
}

/** 0..1 from a tail probability: 1e-3 (the least we flag) gives 0.5, 1e-6 or rarer gives 1. */
export function surprise(p: number): number {
  return Math.min(1, -Math.log10(Math.max(p, 1e-300)) / 6);
}
