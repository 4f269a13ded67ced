// The signing key of the dossier CLI: `--key FILE` keeps one Ed25519 key across runs (made on
// first use, written with owner-only permissions), so receivers can learn one public key; with
// no --key a throwaway key signs, and the run says so.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as v from 'valibot';
import { fromBase64url, toBase64url } from '../../src/core/lists/base64url.ts';
import { publicKeySchema } from '../../src/core/lists/format.ts';
import { newKeyPair, secretKeySigner, type Signer } from '../../src/core/lists/signing.ts';

const keyFileSchema = v.object({
  kind: v.literal('kuzet-dossier-key'),
  publicKey: publicKeySchema,
  secretKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
});

export interface CliKey {
  publicKey: string;
  sign: Signer;
  /** How the key came to be, for the run's log. */
  origin: 'read' | 'created' | 'throwaway';
}

export async function loadCliKey(path: string | undefined): Promise<CliKey> {
  if (path !== undefined && existsSync(path)) {
    const parsed = v.safeParse(keyFileSchema, JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path}: not a Kuzet dossier key file`);
    return { publicKey: parsed.output.publicKey, sign: secretKeySigner(fromBase64url(parsed.output.secretKey)), origin: 'read' };
  }
  const { secretKey, publicKey } = await newKeyPair();
  if (path !== undefined) {
    const file = { kind: 'kuzet-dossier-key', publicKey, secretKey: toBase64url(secretKey) };
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  }
  return { publicKey, sign: secretKeySigner(secretKey), origin: path === undefined ? 'throwaway' : 'created' };
}
