// libsodium's Ed25519 check (sodium-native, prebuilt for the usual platforms), or undefined where
// the native module cannot load. It verifies in ~65-100 µs on the bench machine against
// OpenSSL 3.0's ~150-200 µs (OpenSSL's Ed25519 multiplies in 32-bit limbs, libsodium in 64-bit
// ones): the largest single cost of a report at intake (issue 7's 2,000 reports/s on 2 cores).
import { loadSodiumNative } from './sodiumNative.ts';

/** True only for a valid signature; the caller has already checked the byte lengths. */
export type RawVerifier = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;

interface Sodium {
  crypto_sign_verify_detached(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
}

export function loadSodiumVerifier(load?: (name: string) => unknown): RawVerifier | undefined {
  const sodium = loadSodiumNative<Sodium>(['crypto_sign_verify_detached'], load);
  if (!sodium) return undefined;
  const verify = sodium.crypto_sign_verify_detached.bind(sodium);
  return (signature, message, publicKey) => verify(signature, message, publicKey);
}
