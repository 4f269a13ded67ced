// `npm run dossier`: a researcher export in, a dossier folder out (report.html, accounts.csv,
// evidence.ndjson, manifest.json). The clusters are found the way the extension finds them;
// nobody has marked them, so all of them go in.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDossier, DOSSIER_FILES } from '../../src/core/dossier/buildDossier.ts';
import type { Catalog } from '../../src/core/dossier/catalog.ts';
import { networksOfExport } from '../../src/core/networks/fromExport.ts';
import { applyMarks } from '../../src/core/networks/marks.ts';
import type { DossierArgs } from './args.ts';
import { loadCliKey } from './keyFile.ts';
import type { Progress } from './progressBar.ts';
import { readExport } from './readExport.ts';
import { sha256 } from './sha256.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface DossierRun {
  clusters: number;
  accounts: number;
  publicKey: string;
  keyOrigin: 'read' | 'created' | 'throwaway';
}

export async function runDossier(args: DossierArgs, now: number, progressFor?: (bytes: number) => Progress): Promise<DossierRun> {
  if (existsSync(args.out) && readdirSync(args.out).some((name) => !(DOSSIER_FILES as readonly string[]).includes(name))) {
    throw new Error(`${args.out} holds other files; a dossier folder must hold only its own (verify would refuse it)`);
  }
  const lines = await readExport(args.ndjson, progressFor);
  const { clusters } = networksOfExport(lines);
  const key = await loadCliKey(args.key);
  const provenance = lines[0]?.kind === 'provenance' ? lines[0] : undefined;
  const catalog = JSON.parse(readFileSync(join(ROOT, `_locales/${args.language}/messages.json`), 'utf8')) as Catalog;
  const marked = clusters.map((c) => applyMarks(c, undefined));
  const files = await buildDossier(
    {
      lines,
      clusters: marked,
      includeOthers: args.includeOthers,
      language: args.language,
      catalog,
      createdAt: now,
      extensionVersion: provenance?.extensionVersion ?? 'unknown',
      publicKey: key.publicKey,
    },
    sha256,
    key.sign,
  );
  mkdirSync(args.out, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(args.out, name), bytes);
  return { clusters: clusters.length, accounts: new Set(marked.flatMap((c) => c.members)).size, publicKey: key.publicKey, keyOrigin: key.origin };
}
