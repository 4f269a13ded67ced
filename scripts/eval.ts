// `npm run eval -- --data DIR [--data DIR ...]`: scores labelled accounts, stream threads and
// comments with the extension's own scoring code and writes out/eval.md. The last line printed
// is `auc=<x> precision_suspected=<x> fpr_likely=<x>`, pooled over the accounts of (a) and (b).
// `--weights FILE` scores with another weights.json (default: the extension's own).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readWeights } from '../src/core/heuristics/weights.ts';
import { datasetsFromArgs } from './eval/dataArgs.ts';
import { dataFilesOf } from './eval/dataVersion.ts';
import { detectorStrengths } from './eval/aggressionDetector.ts';
import { ablation, figuresOf, scoredAlone } from './eval/figures.ts';
import { readFitRecord, weightsFileFromArgs } from './eval/fitRecord.ts';
import { loadInput } from './eval/loadInput.ts';
import { renderReport } from './eval/report.ts';
import { scoreAccounts, scoreComments, scoreStreams } from './eval/scoreRows.ts';
import { isTrainingRow } from './eval/split.ts';

const started = performance.now();
const datasets = datasetsFromArgs(process.argv.slice(2));
const files = dataFilesOf(datasets);
const weightsFile = weightsFileFromArgs(process.argv);
const weights = readWeights(JSON.parse(readFileSync(weightsFile, 'utf8')));
const fit = readFitRecord(weightsFile);
const fitted = new Set((fit?.files ?? []).map((f) => f.sha256));
const heldOutFiles = files.filter((f) => fitted.has(f.sha256)).map((f) => f.path);
// A dataset any of whose files the fit read is held out as a whole: only its test half is scored.
const heldOutDirs = new Set(datasets.filter((d) => dataFilesOf([d]).some((f) => fitted.has(f.sha256))).map((d) => d.dir));

const input = loadInput(datasets, (d, key) => !heldOutDirs.has(d.dir) || !isTrainingRow(key));
const accounts = scoreAccounts(input.accounts, weights);
const streams = scoreStreams(input.threads, weights).map((r) => ({ ...r, dataset: `streams:${r.key.startsWith('ira:') ? 'troll' : 'ordinary'}` }));
const streamsOnePage = scoreStreams(input.threads, weights, 'page');
const streamLang = new Map(input.threads.flatMap((t) => t.texts.map((x) => [x.key, x.lang] as const)));
const comments = scoreComments(input.comments, weights);
const pooled = [...accounts, ...streams];

const groupNames = [...new Set(accounts.map((r) => r.dataset))].sort();
const groups = [
  ...groupNames.map((name) => figuresOf(name, accounts.filter((r) => r.dataset === name))),
  figuresOf('accounts (a) pooled', accounts),
  ...(['ru', 'en'] as const).map((lang) => figuresOf(`streams (b) ${lang}`, streams.filter((r) => streamLang.get(r.key) === lang))).filter((g) => g.n > 0),
  figuresOf('streams (b) pooled', streams),
  figuresOf('streams (b) pooled, each thread alone', streamsOnePage),
  figuresOf('POOLED (a)+(b)', pooled),
].filter((g) => g.n > 0);
const detector = detectorStrengths(input.comments);
const aggression = comments.length > 0 ? scoredAlone('comments (c): aggression detector per comment', comments, (r) => detector.get(r.key) ?? 0) : null;
const all = figuresOf('POOLED (a)+(b)', pooled);
const counts = [
  `(a) accounts: ${accounts.length} (${accounts.filter((r) => r.positive).length} troll/bot)`,
  `(b) streams: ${input.threads.length} threads, ${streams.length} authors (${streams.filter((r) => r.positive).length} IRA trolls)`,
  `(c) comments: ${comments.length} (${comments.filter((r) => r.positive).length} toxic)`,
];
const howFormed = readFileSync(fileURLToPath(new URL('./eval/howFormed.md', import.meta.url)), 'utf8');
const report = renderReport({
  date: new Date().toISOString().slice(0, 10), files, heldOut: heldOutFiles, weightsSource: weights.source,
  weightsVersion: weights.dataVersion, groups,
  weightsLine: `bias ${weights.bias}, weights ${JSON.stringify(weights.weights)}, thresholds ${JSON.stringify(weights.thresholds)}`, aggression, ablation: ablation(pooled, weights), counts,
}, howFormed);
const outDir = fileURLToPath(new URL('../out/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(outDir + 'eval.md', report);

for (const g of groups) {
  console.log(`${g.name.padEnd(40)} n=${String(g.n).padStart(5)} auc=${g.auc.toFixed(3)} ` +
    `P@suspected=${g.levels.suspected.precision.toFixed(3)} R@suspected=${g.levels.suspected.recall.toFixed(3)} FPR@likely=${g.levels.likely.fpr.toFixed(4)}`);
}
if (aggression) console.log(`${aggression.name}: auc=${aggression.auc.toFixed(3)}`);
console.log(`wrote out/eval.md in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const f = (x: number) => (Number.isNaN(x) ? 'nan' : x.toFixed(4));
console.log(`auc=${f(all.auc)} precision_suspected=${f(all.levels.suspected.precision)} fpr_likely=${f(all.levels.likely.fpr)}`);
