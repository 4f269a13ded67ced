// 'networks/export': the dossier (core/dossier) of the clusters as the user marked them,
// signed with this install's key (C4), zipped with fflate into one folder. The catalog of the
// chosen language is the one Kuzet ships, read from the extension's own files.
import { zipSync } from 'fflate';
import * as v from 'valibot';
import { buildDossier } from '../../core/dossier/buildDossier.ts';
import type { Catalog, DossierLanguage } from '../../core/dossier/catalog.ts';
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';
import { loadInstallKey } from '../installKey.ts';
import { networkData } from './networksData.ts';

export interface DossierEnv {
  extensionVersion: string;
  loadCatalog(language: DossierLanguage): Promise<Catalog>;
}

const sha256 = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

export async function handleNetworksExport(db: KuzetDb, request: Request<'networks/export'>, now: number, env: DossierEnv): Promise<Response<'networks/export'>> {
  const { lines, clusters } = await networkData(db, now, env.extensionVersion);
  const key = await loadInstallKey(db);
  const files = await buildDossier(
    {
      lines,
      clusters,
      includeOthers: request.includeOthers,
      language: request.language,
      catalog: await env.loadCatalog(request.language),
      createdAt: now,
      extensionVersion: env.extensionVersion,
      publicKey: key.publicKey,
    },
    sha256,
    (bytes) => key.sign(bytes),
  );
  const folder = `kuzet-dossier-${new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
  const zip = zipSync(Object.fromEntries([...files].map(([name, bytes]) => [`${folder}/${name}`, bytes])), { level: 6, mtime: now });
  const included = clusters.some((c) => c.ready) ? clusters.filter((c) => c.ready) : clusters;
  return {
    fileName: `${folder}.zip`,
    zipBase64: toBase64(zip),
    clusters: included.length,
    accounts: new Set(included.flatMap((c) => c.members)).size,
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...all) overflows the call stack on a large zip.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const catalogSchema = v.record(v.string(), v.object({ message: v.string() }));

/** The catalog Kuzet ships for `language`, fetched from the extension's own files (the worker's origin). */
export async function loadShippedCatalog(language: DossierLanguage): Promise<Catalog> {
  const response = await fetch(new URL(`/_locales/${language}/messages.json`, globalThis.location.href));
  if (!response.ok) throw new Error(`no catalog for ${language}`);
  return v.parse(catalogSchema, await response.json());
}
