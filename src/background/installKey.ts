// This install's Ed25519 key pair (contract C4): made on first use, kept in the `installKey`
// table, never leaving the device. Reports are signed with it so a list server can weigh a
// reporter by its record without knowing who they are; dossiers are signed with it too.
import * as ed from '@noble/ed25519';
import type { InstallKeyRow, KuzetDb } from './db.ts';

export interface InstallKey {
  /** base64url (no padding) of the raw 32-byte public key. */
  publicKey: string;
  sign(bytes: Uint8Array): Promise<Uint8Array>;
}

const ROW_ID = 'install';
const loaded = new WeakMap<KuzetDb, Promise<InstallKey>>();

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The install's key, created on first call; concurrent first calls agree on one key. */
export function loadInstallKey(db: KuzetDb): Promise<InstallKey> {
  let pending = loaded.get(db);
  if (!pending) {
    pending = readOrCreate(db);
    loaded.set(db, pending);
    pending.catch(() => loaded.delete(db));
  }
  return pending;
}

async function readOrCreate(db: KuzetDb): Promise<InstallKey> {
  let row = await db.installKey.get(ROW_ID);
  if (!row) {
    // The public key is derived outside the transaction: awaiting WebCrypto inside one would let it commit early.
    const secretKey = ed.utils.randomSecretKey();
    const candidate: InstallKeyRow = {
      id: ROW_ID,
      secretKey,
      publicKey: base64url(await ed.getPublicKeyAsync(secretKey)),
      createdAt: Date.now(),
    };
    // Another worker instance (or tab) may have written one meanwhile: the first stored key wins.
    row = await db.transaction('rw', db.installKey, async () => {
      const existing = await db.installKey.get(ROW_ID);
      if (existing) return existing;
      await db.installKey.add(candidate);
      return candidate;
    });
  }
  const secretKey = new Uint8Array(row.secretKey);
  return {
    publicKey: row.publicKey,
    sign: (bytes) => ed.signAsync(bytes, secretKey),
  };
}
