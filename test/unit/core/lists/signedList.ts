// Test helper: publishes a real signed list (meta, full list, optional delta) with a fresh
// Ed25519 key, through the same C5 format and signing code the server's publisher uses.
import { createHash } from 'node:crypto';
import type { ListEntry } from '../../../../src/core/model.ts';
import { type ListMeta, deltaFileName, listFileName } from '../../../../src/core/lists/format.ts';
import { newKeyPair, secretKeySigner, signMeta } from '../../../../src/core/lists/signing.ts';

export const hashOf = (authorKey: string) => createHash('sha256').update(authorKey).digest('hex');

export const entry = (authorKey: string, category: ListEntry['category'] = 'coordinated'): ListEntry => ({
  keyHash: hashOf(authorKey),
  category,
  reasons: ['copypasta'],
  firstSeen: 1_700_000_000_000,
});

export const sorted = (entries: ListEntry[]) => [...entries].sort((a, b) => (a.keyHash < b.keyHash ? -1 : 1));
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export interface Published {
  meta: ListMeta;
  files: Map<string, Uint8Array>;
}

export async function listPublisher(name = 'Test list') {
  const key = await newKeyPair();
  const sign = secretKeySigner(key.secretKey);
  async function publish(
    version: number,
    entries: ListEntry[],
    { expiresAt = 2_000_000_000_000, deltaFrom }: { expiresAt?: number; deltaFrom?: { version: number; entries: ListEntry[] } } = {},
  ): Promise<Published> {
    const files = new Map<string, Uint8Array>();
    const list = sorted(entries);
    files.set(listFileName(version), bytesOf({ v: 1, kind: 'full', version, entries: list }));
    if (deltaFrom) {
      const now = new Set(list.map((e) => e.keyHash));
      const before = new Map(deltaFrom.entries.map((e) => [e.keyHash, e]));
      const upsert = list.filter((e) => JSON.stringify(before.get(e.keyHash)) !== JSON.stringify(e));
      const remove = [...before.keys()].filter((k) => !now.has(k)).sort();
      files.set(deltaFileName(deltaFrom.version, version), bytesOf({ v: 1, kind: 'delta', from: deltaFrom.version, to: version, upsert, remove }));
    }
    const meta = await signMeta(
      {
        v: 1,
        name,
        maintainer: 'test',
        version,
        issuedAt: 1_700_000_000_000,
        expiresAt,
        publicKey: key.publicKey,
        entryCount: list.length,
        files: [...files].map(([fileName, bytes]) => ({ name: fileName, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength })),
      },
      sign,
    );
    files.set('meta.json', bytesOf(meta));
    return { meta, files };
  }
  return { publicKey: key.publicKey, publish };
}
