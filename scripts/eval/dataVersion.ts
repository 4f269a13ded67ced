// The data version: SHA-256 of every data file read, so weights.json and out/eval.md say
// exactly which bytes they came from, and the eval can tell which files the fit trained on.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Dataset } from './datasets.ts';

export interface DataFile {
  /** `<folder>/<file>`, the folder as given (its name is only a label). */
  path: string;
  sha256: string;
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function dataFilesOf(datasets: readonly Dataset[]): DataFile[] {
  return datasets.flatMap((d) =>
    d.files.map((file) => ({ path: `${basename(d.dir)}/${file}`, sha256: sha256File(join(d.dir, file)) })),
  );
}
