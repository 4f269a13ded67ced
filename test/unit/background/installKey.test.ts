// The install key (C4): one key pair per install, made once, kept across worker restarts,
// and its signatures verify under the public key it announces.
import 'fake-indexeddb/auto';
import * as ed from '@noble/ed25519';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/background/db.ts';
import { loadInstallKey } from '../../../src/background/installKey.ts';

function fromBase64url(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'base64url'));
}

describe('loadInstallKey', () => {
  it('signs with a key whose public half it announces as 32 raw bytes in base64url', async () => {
    const key = await loadInstallKey(openDb(`key-${Math.random()}`));
    expect(key.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const message = new TextEncoder().encode('report body');
    const signature = await key.sign(message);
    expect(signature).toHaveLength(64);
    expect(await ed.verifyAsync(signature, message, fromBase64url(key.publicKey))).toBe(true);
    expect(await ed.verifyAsync(signature, new TextEncoder().encode('report bodY'), fromBase64url(key.publicKey))).toBe(false);
  });

  it('keeps the same key when the worker restarts (a new connection to the same database)', async () => {
    const name = `key-${Math.random()}`;
    const first = await loadInstallKey(openDb(name));
    const again = await loadInstallKey(openDb(name));
    expect(again.publicKey).toBe(first.publicKey);
  });

  it('makes one key when two fresh workers ask at once', async () => {
    const name = `key-${Math.random()}`;
    const [a, b] = await Promise.all([loadInstallKey(openDb(name)), loadInstallKey(openDb(name))]);
    expect(a.publicKey).toBe(b.publicKey);
    expect(await openDb(name).installKey.count()).toBe(1);
  });

  it('gives different installs different keys', async () => {
    const a = await loadInstallKey(openDb(`key-${Math.random()}`));
    const b = await loadInstallKey(openDb(`key-${Math.random()}`));
    expect(a.publicKey).not.toBe(b.publicKey);
  });
});
