// The dossier as files: report.html, accounts.csv, evidence.ndjson, and manifest.json signed
// over all of them. Pure apart from the hash and signer passed in; the extension zips the map,
// the CLI writes it to a folder.
import type { ExportLine } from '../export/ndjsonFormat.ts';
import type { MarkedCluster } from '../networks/marks.ts';
import { accountsCsv } from './accountsCsv.ts';
import { type Catalog, type DossierLanguage, wordsOf } from './catalog.ts';
import { evidenceNdjson } from './evidenceNdjson.ts';
import { MANIFEST_NAME, type Sha256, type Signer, signManifest } from './manifest.ts';
import { reportHtml } from './reportHtml.ts';
import { selectEvidence } from './selection.ts';

export interface DossierRequest {
  /** The records, as researcher export lines (contract C6). */
  lines: readonly ExportLine[];
  /** Clusters with the user's marks; the ready ones go in, or all when none is ready. */
  clusters: readonly MarkedCluster[];
  /** The user opted in to other people's comments of the same threads. */
  includeOthers: boolean;
  language: DossierLanguage;
  catalog: Catalog;
  createdAt: number;
  extensionVersion: string;
  publicKey: string;
}

export const DOSSIER_FILES = ['report.html', 'accounts.csv', 'evidence.ndjson', MANIFEST_NAME] as const;

export async function buildDossier(request: DossierRequest, sha256: Sha256, sign: Signer): Promise<Map<string, Uint8Array>> {
  const words = wordsOf(request.language, request.catalog);
  const selection = selectEvidence(request.lines, request.clusters, request.includeOthers);
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const files = new Map<string, Uint8Array>([
    ['report.html', utf8(reportHtml(selection, { createdAt: request.createdAt, extensionVersion: request.extensionVersion, publicKey: request.publicKey }, words))],
    ['accounts.csv', utf8(accountsCsv(selection, words))],
    ['evidence.ndjson', utf8(evidenceNdjson(selection))],
  ]);
  const manifest = await signManifest(
    files,
    {
      createdAt: new Date(request.createdAt).toISOString(),
      extensionVersion: request.extensionVersion,
      language: request.language,
      weights: selection.provenance?.weights ?? null,
      publicKey: request.publicKey,
    },
    sha256,
    sign,
  );
  files.set(MANIFEST_NAME, utf8(`${JSON.stringify(manifest, null, 2)}\n`));
  return files;
}
