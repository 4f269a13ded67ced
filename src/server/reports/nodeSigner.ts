// Ed25519 key pairs and signing for the bench and the tests: the stand-in for thousands of
// installs, producing exactly what an install's key would (Ed25519 signatures are deterministic).
// libsodium where it loads (as for verifying), else node:crypto from a random seed. Never
// generateKeyPairSync followed by an export: on Node 20 that hung bench:server for good three
// times (gdb: ExportJWK held the new key's mutex and allocated, the GC finalised the KeyGenJob
// that made the key, and its destructor waited on the same mutex in the same thread).
import { createPrivateKey, createPublicKey, randomBytes, sign } from 'node:crypto';
import { reportSigningBytes, toBase64url, type ReportBody, type SignedReport } from '../../core/lists/format.ts';
import { loadSodiumNative } from './sodiumNative.ts';

export interface NodeKeyPair {
  publicKey: string;
  signReport(body: Omit<ReportBody, 'reporterKey'>): SignedReport;
}

interface SodiumSigning {
  crypto_sign_seed_keypair(publicKey: Buffer, secretKey: Buffer, seed: Buffer): void;
  crypto_sign_detached(signature: Buffer, message: Uint8Array, secretKey: Buffer): void;
}

/** A private key's PKCS#8 DER is this fixed prefix and its 32-byte seed (RFC 8410). */
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

const sodium = loadSodiumNative<SodiumSigning>(['crypto_sign_seed_keypair', 'crypto_sign_detached']);

/** `backend`: which library signs; `seed`: the private key (tests hold both to the same signatures). */
export function nodeKeyPair(backend: 'libsodium' | 'openssl' = sodium ? 'libsodium' : 'openssl', seed: Buffer = randomBytes(32)): NodeKeyPair {
  let raw: string;
  let signBytes: (message: Uint8Array) => Uint8Array;
  if (backend === 'libsodium') {
    if (!sodium) throw new Error('libsodium (sodium-native) is not available');
    const publicKey = Buffer.alloc(32);
    const secretKey = Buffer.alloc(64);
    sodium.crypto_sign_seed_keypair(publicKey, secretKey, seed);
    raw = toBase64url(publicKey);
    signBytes = (message) => {
      const signature = Buffer.alloc(64);
      sodium.crypto_sign_detached(signature, message, secretKey);
      return signature;
    };
  } else {
    const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
    raw = createPublicKey(privateKey).export({ format: 'jwk' }).x as string;
    signBytes = (message) => sign(null, message, privateKey);
  }
  return {
    publicKey: raw,
    signReport(body) {
      const full: ReportBody = { ...body, reporterKey: raw };
      return { ...full, signature: toBase64url(signBytes(reportSigningBytes(full))) };
    },
  };
}
