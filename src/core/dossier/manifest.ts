// manifest.json: the SHA-256 of every other file of the dossier, the extension version and the
// signal weights, signed with Ed25519 over canonical JSON (the lists' C5 rules, own domain tag),
// so a receiver can check that no byte was changed, added or dropped since it was signed.
// Hashing and signing are passed in: core stays pure, the worker and Node bring WebCrypto.
import * as v from 'valibot';
import { taggedBytes } from '../lists/canonical.ts';
import { toBase64url } from '../lists/base64url.ts';
import { publicKeySchema, signatureSchema } from '../lists/format.ts';
import { verifyBytes } from '../lists/signing.ts';

export const MANIFEST_NAME = 'manifest.json';
const TAG = 'kuzet/dossier-manifest/v1';

export type Sha256 = (bytes: Uint8Array) => Promise<Uint8Array>;
export type Signer = (bytes: Uint8Array) => Promise<Uint8Array>;

const fileName = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/));
export const manifestSchema = v.object({
  format: v.literal('kuzet-dossier'),
  formatVersion: v.literal(1),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  extensionVersion: v.pipe(v.string(), v.maxLength(50)),
  language: v.pipe(v.string(), v.maxLength(10)),
  weights: v.unknown(),
  files: v.array(v.object({ name: fileName, bytes: v.pipe(v.number(), v.integer(), v.minValue(0)), sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) })),
  publicKey: publicKeySchema,
  signature: signatureSchema,
});
export type DossierManifest = v.InferOutput<typeof manifestSchema>;
export type ManifestBody = Omit<DossierManifest, 'signature'>;

export const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
export const signingBytes = (m: ManifestBody | DossierManifest) => {
  const { signature: _signature, ...body } = m as DossierManifest;
  return taggedBytes(TAG, body);
};

export async function signManifest(
  files: ReadonlyMap<string, Uint8Array>,
  facts: Omit<ManifestBody, 'files' | 'format' | 'formatVersion'>,
  sha256: Sha256,
  sign: Signer,
): Promise<DossierManifest> {
  const names = [...files.keys()].sort();
  const listed = await Promise.all(names.map(async (name) => ({ name, bytes: files.get(name)!.length, sha256: hex(await sha256(files.get(name)!)) })));
  const body: ManifestBody = { format: 'kuzet-dossier', formatVersion: 1, ...facts, files: listed };
  return { ...body, signature: toBase64url(await sign(signingBytes(body))) };
}

/** Every problem found, in words; an empty list means the dossier is exactly what was signed. */
export async function verifyDossier(files: ReadonlyMap<string, Uint8Array>, manifestText: string, sha256: Sha256): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText);
  } catch {
    return ['manifest.json is not JSON'];
  }
  const result = v.safeParse(manifestSchema, parsed);
  if (!result.success) return [`manifest.json is malformed: ${result.issues[0]?.message ?? ''}`];
  const manifest = result.output;
  const problems: string[] = [];
  if (!(await verifyBytes(manifest.signature, signingBytes(manifest), manifest.publicKey))) problems.push('signature does not match manifest.json');
  const listed = new Set(manifest.files.map((f) => f.name));
  for (const f of manifest.files) {
    const bytes = files.get(f.name);
    if (!bytes) problems.push(`${f.name}: missing`);
    else if (bytes.length !== f.bytes || hex(await sha256(bytes)) !== f.sha256) problems.push(`${f.name}: changed (sha256 differs)`);
  }
  for (const name of files.keys()) if (name !== MANIFEST_NAME && !listed.has(name)) problems.push(`${name}: not in manifest`);
  return problems;
}
