// What the fit wrote into weights.json beside the weights: which files (sha256) it trained on
// and by which split, so the eval can score only the rows the fit never saw.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataFile } from './dataVersion.ts';

export const WEIGHTS_FILE = fileURLToPath(new URL('../../src/core/heuristics/weights.json', import.meta.url));

export interface FitRecord {
  date: string;
  split: { salt: string; trainFraction: number; rule: string };
  files: DataFile[];
  [more: string]: unknown;
}

export function readFitRecord(file = WEIGHTS_FILE): FitRecord | null {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { fit?: FitRecord };
  return raw.fit ?? null;
}

/** `--weights FILE` (a weights.json elsewhere, e.g. a trial fit), else the extension's own file. */
export function weightsFileFromArgs(argv: readonly string[]): string {
  const i = argv.indexOf('--weights');
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]!) : WEIGHTS_FILE;
}
