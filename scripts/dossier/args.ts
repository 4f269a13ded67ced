// Command-line flags of `npm run dossier` and `npm run dossier:verify`, checked before any work.
import { DOSSIER_LANGUAGES, type DossierLanguage } from '../../src/core/dossier/catalog.ts';

export interface DossierArgs {
  ndjson: string;
  out: string;
  key?: string;
  language: DossierLanguage;
  includeOthers: boolean;
}

export const USAGE = 'usage: npm run dossier -- --ndjson EXPORT.ndjson --out DIR [--key KEYFILE] [--lang en|ru|kk|ky] [--include-others]';

export function parseDossierArgs(argv: readonly string[]): DossierArgs {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    return next;
  };
  const known = new Set(['--ndjson', '--out', '--key', '--lang', '--include-others']);
  const unknown = argv.filter((a, i) => a.startsWith('--') && !known.has(a) && !['--key', '--ndjson', '--out', '--lang'].includes(argv[i - 1] ?? ''));
  if (unknown.length) throw new Error(`unknown flag ${unknown[0]}\n${USAGE}`);
  const ndjson = value('--ndjson');
  const out = value('--out');
  if (!ndjson || !out) throw new Error(USAGE);
  const language = value('--lang') ?? 'en';
  if (!(DOSSIER_LANGUAGES as readonly string[]).includes(language)) throw new Error(`--lang must be one of ${DOSSIER_LANGUAGES.join(', ')}`);
  const key = value('--key');
  return { ndjson, out, ...(key === undefined ? {} : { key }), language: language as DossierLanguage, includeOthers: argv.includes('--include-others') };
}
