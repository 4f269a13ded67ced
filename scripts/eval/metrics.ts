// The figures the eval reports: ROC AUC, and precision, recall and false-positive rate at a
// cut-off. Pure functions over (score, label) pairs so they can be checked on tiny tables.

export interface Scored {
  score: number;
  /** true for a troll/bot/toxic row, false for a real user or an ordinary comment. */
  positive: boolean;
}

/**
 * ROC AUC as the Mann–Whitney statistic: the chance that a random positive scores above a
 * random negative, ties counting one half. NaN when one class is empty.
 */
export function rocAuc(rows: readonly Scored[]): number {
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]?.score === sorted[i]?.score) j++;
    const averageRank = (i + 1 + j) / 2; // ranks i+1 … j share their mean
    for (let k = i; k < j; k++) {
      if (sorted[k]?.positive) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** tp / (tp + fp); NaN when nothing is flagged. */
  precision: number;
  /** tp / (tp + fn); NaN when there is no positive. */
  recall: number;
  /** fp / (fp + tn): real users flagged; NaN when there is no negative. */
  fpr: number;
}

/** Counts at a cut-off: a row is flagged when `flagged(row)` holds. */
export function confusion<T extends Scored>(rows: readonly T[], flagged: (row: T) => boolean): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const row of rows) {
    const hit = flagged(row);
    if (row.positive && hit) tp++;
    else if (row.positive) fn++;
    else if (hit) fp++;
    else tn++;
  }
  return { tp, fp, fn, tn, precision: tp / (tp + fp), recall: tp / (tp + fn), fpr: fp / (fp + tn) };
}
