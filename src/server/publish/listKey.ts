// The list's Ed25519 signing key, kept in a JSON file readable by its owner only; made on
// first use. Subscribers pin its public key, so losing the file means a new list.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as v from 'valibot';
import { fromBase64url, publicKeySchema, toBase64url } from '../../core/lists/format.ts';
import { newKeyPair, secretKeySigner, type Signer } from '../../core/lists/signing.ts';

const keyFileSchema = v.object({ secretKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)), publicKey: publicKeySchema });

export interface ListKey {
  publicKey: string;
  sign: Signer;
}

export async function loadOrCreateListKey(path: string): Promise<ListKey> {
  if (!existsSync(path)) {
    const pair = await newKeyPair();
    writeFileSync(path, JSON.stringify({ secretKey: toBase64url(pair.secretKey), publicKey: pair.publicKey }) + '\n', { mode: 0o600, flag: 'wx' });
  }
  const file = v.parse(keyFileSchema, JSON.parse(readFileSync(path, 'utf8')));
  return { publicKey: file.publicKey, sign: secretKeySigner(fromBase64url(file.secretKey)) };
}
