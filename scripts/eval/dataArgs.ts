// Reads `--data DIR` arguments: each DIR is one dataset folder recognised by its files (a root
// holding several, like ../shared/data, is also accepted); none given means all of ../shared/data.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { datasetsIn, recogniseDataset, type Dataset } from './datasets.ts';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));

export function datasetsFromArgs(argv: readonly string[]): Dataset[] {
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') {
      const dir = argv[++i];
      if (!dir) throw new Error('--data needs a directory');
      dirs.push(resolve(dir));
    } else if (argv[i]?.startsWith('--data=')) dirs.push(resolve(argv[i]!.slice('--data='.length)));
  }
  if (dirs.length === 0) return datasetsIn(SHARED_DATA);
  return dirs.flatMap((dir) => {
    const one = recogniseDataset(dir);
    const found = one ? [one] : datasetsIn(dir);
    if (found.length === 0) throw new Error(`--data ${dir}: no known dataset files here (see scripts/eval/datasets.ts)`);
    return found;
  });
}
