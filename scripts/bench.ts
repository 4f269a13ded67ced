// `npm run bench`: runs every benchmark part in this process and prints each figure beside its
// same-run baseline and their ratio, so the numbers mean something on any machine.
import { cpus } from 'node:os';
import type { BenchLine, BenchPart } from './bench/benchLine.ts';
import { contentScript } from './bench/contentScript.ts';
import { nearDuplicates } from './bench/nearDuplicates.ts';
import { scoring } from './bench/scoring.ts';
import { listLookup } from './bench/listLookup.ts';

/** Every part, each owned by its own file; a part not written yet is listed with null ("not yet"). */
const PARTS: ReadonlyArray<{ name: string; part: BenchPart | null }> = [
  { name: 'scoring', part: scoring },
  { name: 'near-duplicate index vs pairwise Jaccard', part: nearDuplicates },
  { name: 'content script in Chromium', part: contentScript },
  { name: 'shared-list filter', part: listLookup },
];

const fmt = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en') : x.toPrecision(3));

function print(line: BenchLine): void {
  const base = line.baseline ? `  baseline ${fmt(line.baseline.value)} ${line.unit} (${line.baseline.what})` : '';
  const ratio = line.ratio === undefined ? '' : `  ratio ${fmt(line.ratio)}×`;
  const goal = line.goal ? `  goal ${line.goal}: ${line.met ? 'met' : 'NOT met'}` : '';
  console.log(`${line.figure}: ${fmt(line.value)} ${line.unit}${base}${ratio}${goal}`);
  if (line.note) console.log(`  ${line.note}`);
}

console.log(`kuzet bench ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores seen; every part runs on one thread)`);
for (const { name, part } of PARTS) {
  if (!part) {
    console.log(`${name}: not yet`);
    continue;
  }
  try {
    for (const line of await part()) print(line);
  } catch (error) {
    // One part failing (e.g. no Chromium) must not hide the others' figures.
    console.log(`${name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
