// Ed25519 signing and checking of reports and list metas over the C5 canonical bytes. Uses
// @noble/ed25519's async API (WebCrypto sha512), so it runs unchanged in the worker and Node.
import * as ed from '@noble/ed25519';
import {
  fromBase64url,
  metaSigningBytes,
  reportSigningBytes,
  toBase64url,
  type ListMeta,
  type ListMetaBody,
  type ReportBody,
  type SignedReport,
} from './format.ts';

/** Signs `bytes` with the holder's private key (an install key, a list key, a test key). */
export type Signer = (bytes: Uint8Array) => Promise<Uint8Array>;

export async function signReport(body: ReportBody, sign: Signer): Promise<SignedReport> {
  return { ...body, signature: toBase64url(await sign(reportSigningBytes(body))) };
}

export async function signMeta(body: ListMetaBody, sign: Signer): Promise<ListMeta> {
  return { ...body, signature: toBase64url(await sign(metaSigningBytes(body))) };
}

/** True only for a well-formed signature by `publicKey` over exactly these bytes. */
export async function verifyBytes(signature: string, bytes: Uint8Array, publicKey: string): Promise<boolean> {
  try {
    return await ed.verifyAsync(fromBase64url(signature), bytes, fromBase64url(publicKey));
  } catch {
    // Malformed keys or points are a failed check, never a crash of the caller.
    return false;
  }
}

export const verifyReport = (report: SignedReport): Promise<boolean> =>
  verifyBytes(report.signature, reportSigningBytes(report), report.reporterKey);

/** Checks the meta against the key the subscriber pinned, not the key the meta names. */
export const verifyMeta = (meta: ListMeta, pinnedKey: string): Promise<boolean> =>
  meta.publicKey === pinnedKey ? verifyBytes(meta.signature, metaSigningBytes(meta), pinnedKey) : Promise.resolve(false);

/** A signer from raw 32-byte secret key bytes (tests, the publisher's key file). */
export function secretKeySigner(secretKey: Uint8Array): Signer {
  return (bytes) => ed.signAsync(bytes, secretKey);
}

export async function newKeyPair(): Promise<{ secretKey: Uint8Array; publicKey: string }> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { secretKey, publicKey: toBase64url(publicKey) };
}
