// Checks report signatures over exactly the C5 signing bytes: with libsodium where it loads
// (sodiumVerifier.ts, about twice as fast), else with node:crypto's OpenSSL. Both are held to
// the same answers by test/server/verifySignature.test.ts.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { reportSigningBytes, type SignedReport } from '../../core/lists/format.ts';
import { loadSodiumVerifier, type RawVerifier } from './sodiumVerifier.ts';

const keys = new Map<string, KeyObject>();
const MAX_CACHED = 50_000;

function publicKey(raw: string): KeyObject {
  let key = keys.get(raw);
  if (!key) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw }, format: 'jwk' });
    // Drop the oldest when full: bounded memory whatever keys strangers send.
    if (keys.size >= MAX_CACHED) keys.delete(keys.keys().next().value as string);
    keys.set(raw, key);
  }
  return key;
}

export function opensslSignatureValid(report: SignedReport): boolean {
  try {
    return verify(null, reportSigningBytes(report), publicKey(report.reporterKey), Buffer.from(report.signature, 'base64url'));
  } catch {
    // A key that is not a curve point is a bad signature, not a server error.
    return false;
  }
}

export function rawSignatureValid(rawVerify: RawVerifier, report: SignedReport): boolean {
  const key = Buffer.from(report.reporterKey, 'base64url');
  const signature = Buffer.from(report.signature, 'base64url');
  // libsodium reads fixed-size buffers: a short key or signature is refused here, not read past.
  if (key.length !== 32 || signature.length !== 64) return false;
  return rawVerify(signature, reportSigningBytes(report), key);
}

const sodium = loadSodiumVerifier();
if (!sodium) console.warn('kuzet server: sodium-native did not load; checking signatures with OpenSSL (slower)');

export const signatureBackend: 'libsodium' | 'openssl' = sodium ? 'libsodium' : 'openssl';

export function signatureValid(report: SignedReport): boolean {
  return sodium ? rawSignatureValid(sodium, report) : opensslSignatureValid(report);
}
