// `npm run dossier:verify`: reads every file of a dossier folder and checks it against the
// signed manifest. Any changed, missing or added file, a broken signature, or (with
// --public-key) a key other than the one the sender named, is a problem.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME, verifyDossier } from '../../src/core/dossier/manifest.ts';
import { sha256 } from './sha256.ts';

export interface Verification {
  problems: string[];
  files: number;
  publicKey: string | null;
}

export async function verifyDir(dir: string, expectedKey?: string): Promise<Verification> {
  const names = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile() || statSync(join(dir, name)).isDirectory());
  const files = new Map(names.filter((n) => statSync(join(dir, n)).isFile()).map((n) => [n, new Uint8Array(readFileSync(join(dir, n)))]));
  const problems = names.filter((n) => statSync(join(dir, n)).isDirectory()).map((n) => `${n}/: not in manifest`);
  const manifest = files.get(MANIFEST_NAME);
  if (!manifest) return { problems: [...problems, `${MANIFEST_NAME}: missing`], files: files.size, publicKey: null };
  const text = new TextDecoder().decode(manifest);
  problems.push(...(await verifyDossier(files, text, sha256)));
  let publicKey: string | null = null;
  try {
    publicKey = String((JSON.parse(text) as { publicKey?: unknown }).publicKey ?? '') || null;
  } catch {
    publicKey = null;
  }
  if (expectedKey !== undefined && publicKey !== expectedKey) problems.push(`signed by ${publicKey ?? 'nobody'}, not by the expected key ${expectedKey}`);
  return { problems, files: files.size, publicKey };
}
