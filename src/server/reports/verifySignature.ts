// Checks report signatures with node:crypto's native Ed25519 (tens of µs, not the ms of pure
// JS), over exactly the C5 signing bytes. Public key objects are cached per reporter.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { reportSigningBytes, type SignedReport } from '../../core/lists/format.ts';

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

export function signatureValid(report: SignedReport): boolean {
  try {
    return verify(null, reportSigningBytes(report), publicKey(report.reporterKey), Buffer.from(report.signature, 'base64url'));
  } catch {
    // A key that is not a curve point is a bad signature, not a server error.
    return false;
  }
}
