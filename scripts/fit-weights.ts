// `npm run fit`: fits the signal weights and level thresholds on the training half of
// ../shared/data (and only there) and writes src/core/heuristics/weights.json with the data
// version (sha256 of every file read, and the date). `npm run eval` then scores the other half.
import { readFileSync, writeFileSync } from 'node:fs';
import { readWeights } from '../src/core/heuristics/weights.ts';
import { SIGNAL_IDS, type SignalId } from '../src/core/model.ts';
import { SHARED_DATA } from './eval/dataArgs.ts';
import { datasetsIn } from './eval/datasets.ts';
import { dataFilesOf } from './eval/dataVersion.ts';
import { WEIGHTS_FILE } from './eval/fitRecord.ts';
import { resolve } from 'node:path';
import { loadInput } from './eval/loadInput.ts';
import { confusion, rocAuc } from './eval/metrics.ts';
import { rescore } from './eval/scoredRow.ts';
import { scoreAccounts, scoreStreams } from './eval/scoreRows.ts';
import { isTrainingRow, SPLIT_SALT, TRAIN_FRACTION } from './eval/split.ts';
import { featuresOf } from './fit/features.ts';
import { fitLogistic, logLoss } from './fit/logisticFit.ts';
import { chooseThresholds, LIKELY_FPR, SUSPECTED_PRECISION, WATCH_FPR } from './fit/thresholds.ts';
import { KEPT_FLOOR, keptWeight, weightsDocument } from './fit/weightsDocument.ts';

/** A signal raised for fewer training rows than this keeps its previous weight. */
const MIN_RAISED = 20;

// `--out FILE` writes a trial fit elsewhere; by default the extension's own weights.json.
const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 && process.argv[outIndex + 1] ? resolve(process.argv[outIndex + 1]!) : WEIGHTS_FILE;
const previous = readWeights(JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')));
// `--keep id,id`: signals held at their previous weight (recorded in fit.keptWeights), for
// signals whose labelled test the data cannot give fairly (see out/eval.md).
const keepIndex = process.argv.indexOf('--keep');
const keepAsked = new Set((keepIndex >= 0 ? process.argv[keepIndex + 1] ?? '' : '').split(',').filter(Boolean));
for (const id of keepAsked) if (!(SIGNAL_IDS as readonly string[]).includes(id)) throw new Error(`--keep: no signal ${id}`);
const datasets = datasetsIn(SHARED_DATA);
const files = dataFilesOf(datasets);
const input = loadInput(datasets, (_d, key) => isTrainingRow(key));
// Signals do not depend on the weights; scoring with the previous ones only collects them.
const rows = [...scoreAccounts(input.accounts, previous), ...scoreStreams(input.threads, previous)];
const x = rows.map(featuresOf);
const y = rows.map((r) => r.positive);

const raisedCount = SIGNAL_IDS.map((_, j) => x.filter((f) => (f[j] ?? 0) > 0).length);
const kept = new Map<SignalId, number>(SIGNAL_IDS.flatMap((id, j) => ((raisedCount[j] ?? 0) < MIN_RAISED || keepAsked.has(id) ? [[id, previous.weights[id]] as const] : [])));
// Authors with no signal score 0 whatever the weights; only the others inform the fit.
const withSignal = x.map((f, i) => [f, i] as const).filter(([f]) => f.some((v, j) => v > 0 && !kept.has(SIGNAL_IDS[j]!)));
const fx = withSignal.map(([f]) => f.map((v, j) => (kept.has(SIGNAL_IDS[j]!) ? 0 : v)));
const fy = withSignal.map(([, i]) => y[i]!);
// A signal the data finds uninformative keeps a token weight rather than 0, which would hide it
// from every card: the score follows the data, the reason stays checkable.
const minWeights = SIGNAL_IDS.map((id) => (previous.weights[id] > 0 ? KEPT_FLOOR : 0));
const model = fitLogistic(fx, fy, { minWeights });
// Round now, so the thresholds are chosen on exactly the weights written to the file.
model.bias = round4(model.bias);
model.weights = model.weights.map(round4);

const provisional = { ...previous, bias: model.bias, weights: Object.fromEntries(SIGNAL_IDS.map((id, j) => [id, round4(keptWeight(kept.get(id), previous.bias, model.bias) ?? model.weights[j] ?? 0)])) as Record<SignalId, number> };
const scored = rows.map((r) => ({ positive: r.positive, score: scoreOf(r.signals) }));
function scoreOf(signals: typeof rows[number]['signals']): number {
  // Unrounded: thresholds must fall between the scores score.ts compares, not the rounded ones.
  const reasons = signals.filter((s) => provisional.weights[s.id] > 0);
  if (reasons.length === 0) return 0;
  return 1 / (1 + Math.exp(-(provisional.bias + reasons.reduce((sum, s) => sum + provisional.weights[s.id] * s.strength, 0))));
}
const thresholds = chooseThresholds(scored);
const date = new Date().toISOString().slice(0, 10);
const document = weightsDocument({
  date, files, model, kept, previousBias: previous.bias, thresholds,
  record: {
    split: { salt: SPLIT_SALT, trainFraction: TRAIN_FRACTION, rule: 'a row (account, or text author) is training data when sha256(salt + key) / 2^256 < trainFraction; the eval scores the rest of these files' },
    trainRows: rows.length,
    trainPositives: y.filter(Boolean).length,
    rowsWithSignal: fx.length,
    raisedPerSignal: Object.fromEntries(SIGNAL_IDS.map((id, j) => [id, raisedCount[j]])),
    keptWeights: [...kept.keys()],
    keptOnRequest: [...keepAsked],
    logLoss: Math.round(logLoss(model, fx, fy) * 1e4) / 1e4,
    thresholdRule: `likely: lowest cut-off with training FPR <= ${LIKELY_FPR}; suspected: lowest with training precision >= ${SUSPECTED_PRECISION} over >= 20 flagged; watch: lowest with training FPR <= ${WATCH_FPR}`,
    trainingFigures: (() => {
      const final = readWeights({ ...provisional, thresholds });
      const levelled = rows.map((r) => ({ positive: r.positive, ...rescore(r.signals, final) }));
      const at = (l: string[]) => confusion(levelled, (r) => l.includes(r.level));
      return { auc: round4(rocAuc(levelled)), precisionSuspected: round4(at(['suspected', 'likely']).precision), fprLikely: round4(at(['likely']).fpr) };
    })(),
  },
});
readWeights(document); // the extension must accept what is written
writeFileSync(out, JSON.stringify(document, null, 2) + '\n');
console.log(`fitted on ${rows.length} training rows (${fy.filter(Boolean).length}/${fx.length} with a signal are trolls); kept weights: ${[...kept.keys()].join(', ') || 'none'}`);
console.log(`bias=${document.bias} weights=${JSON.stringify(document.weights)}`);
console.log(`thresholds=${JSON.stringify(thresholds)} training: ${JSON.stringify(document.fit['trainingFigures'])}`);
console.log(`wrote ${out} (${(document.dataVersion ?? "").slice(0, 60)}…)`);

function round4(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
