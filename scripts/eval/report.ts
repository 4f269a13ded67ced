// Writes the eval's figures as Markdown (out/eval.md): what was read, how rows were formed,
// the figures per dataset and pooled, the ablation, and what the data cannot show.
import type { Ablation, Figures } from './figures.ts';
import type { DataFile } from './dataVersion.ts';

export interface ReportInput {
  date: string;
  files: DataFile[];
  heldOut: string[];
  weightsSource: string;
  weightsVersion: string | null;
  /** bias, weights and thresholds as scored with, one line. */
  weightsLine: string;
  groups: Figures[];
  aggression: Figures | null;
  ablation: Ablation[];
  counts: string[];
}

export const num = (x: number, digits = 3): string => (Number.isNaN(x) ? '—' : x.toFixed(digits));
const pct = (x: number): string => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(2)}%`);

function figuresTable(groups: readonly Figures[]): string[] {
  return [
    '| rows | n | positives | ROC AUC | watch P / R | suspected P / R | likely P / R | FPR at likely (real users flagged) |',
    '|---|---|---|---|---|---|---|---|',
    ...groups.map((g) => {
      const l = g.levels;
      return `| ${g.name} | ${g.n} | ${g.positives} | ${num(g.auc)} | ${num(l.watch.precision)} / ${num(l.watch.recall)} | ` +
        `${num(l.suspected.precision)} / ${num(l.suspected.recall)} | ${num(l.likely.precision)} / ${num(l.likely.recall)} | ` +
        `${pct(l.likely.fpr)} (${l.likely.fp} of ${l.likely.fp + l.likely.tn}) |`;
    }),
  ];
}

export function renderReport(r: ReportInput, howFormed: string): string {
  return [
    '# Kuzet eval',
    '',
    `Run ${r.date}. Weights: ${r.weightsSource}${r.weightsVersion ? ` (fitted on: ${r.weightsVersion})` : ''}.`,
    '',
    `Scored with ${r.weightsLine}.`,
    '',
    '## Data read (sha256)',
    '',
    ...r.files.map((f) => `- \`${f.path}\` ${f.sha256}${r.heldOut.includes(f.path) ? ' — the fit trained on this file: only its held-out half is scored here' : ''}`),
    '',
    ...r.counts.map((c) => `- ${c}`),
    '',
    howFormed,
    '',
    '## Figures',
    '',
    'P = precision, R = recall of the authors flagged at that level or above. "—" where nothing was flagged or a class is empty.',
    '',
    ...figuresTable(r.groups),
    '',
    '## (c) The aggression detector against labelled toxic comments',
    '',
    ...(r.aggression ? figuresTable([r.aggression]) : ['No comment dataset was given.']),
    ...(r.aggression?.raised ? ['', `Raised at all (strength > 0): precision ${num(r.aggression.raised.precision)}, recall ${num(r.aggression.raised.recall)}, ` +
      `non-toxic comments hit ${pct(r.aggression.raised.fpr)} (${r.aggression.raised.fp} of ${r.aggression.raised.fp + r.aggression.raised.tn}). ` +
      'AUC is over the detector\'s strength per comment; the level columns are the verdicts of the full scorer on each comment alone ' +
      '(never a reason: the aggression signal needs two aimed insults by one author, and each comment here is alone).'] : []),
    '',
    '## Ablation (pooled accounts of (a) and (b)): each signal left out',
    '',
    '| signal | raised for positives | raised for negatives | AUC without | suspected P without | FPR at likely without |',
    '|---|---|---|---|---|---|',
    ...r.ablation.map((a) => `| ${a.signal} | ${pct(a.raisedPositive)} | ${pct(a.raisedNegative)} | ${num(a.without.auc)} | ` +
      `${num(a.without.levels.suspected.precision)} | ${pct(a.without.levels.likely.fpr)} |`),
    '',
  ].join('\n');
}
