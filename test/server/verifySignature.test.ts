// The server's two Ed25519 checks (libsodium, OpenSSL) must give the same answer on every report,
// valid or tampered, and the fast one must really be the one in use where CI runs.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { signedReportSchema, toBase64url, type ReportBody, type SignedReport } from '../../src/core/lists/format.ts';
import { newKeyPair, secretKeySigner, signReport } from '../../src/core/lists/signing.ts';
import * as v from 'valibot';
import { nodeKeyPair } from '../../src/server/reports/nodeSigner.ts';
import { loadSodiumVerifier } from '../../src/server/reports/sodiumVerifier.ts';
import { opensslSignatureValid, rawSignatureValid, signatureBackend, signatureValid } from '../../src/server/reports/verifySignature.ts';

const body = (i: number): Omit<ReportBody, 'reporterKey'> => ({
  v: 1,
  id: `report-${String(i).padStart(6, '0')}`,
  authorKey: 'hackernews:troll',
  displayName: 'Troll',
  category: 'coordinated',
  note: 'same text as five others',
  evidence: [{ commentId: 'hackernews:1', url: 'https://news.ycombinator.com/item?id=1', text: 'Привет, мир', time: 1 }],
  reasons: ['copypasta'],
  createdAt: 1_700_000_000_000 + i,
});

const sodium = loadSodiumVerifier();
const pairs = Array.from({ length: 4 }, () => nodeKeyPair());

/** A base64url string with one character replaced (still the schema's alphabet and length). */
const changed = (text: string, at: number, by: number) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const i = at % text.length;
  const next = alphabet[(alphabet.indexOf(text[i] as string) + 1 + (by % 63)) % 64] as string;
  return text.slice(0, i) + next + text.slice(i + 1);
};

describe('report signature check', () => {
  it('uses libsodium on this machine (the bench figures assume it)', () => {
    expect(sodium).toBeDefined();
    expect(signatureBackend).toBe('libsodium');
  });

  it('accepts reports signed by the extension and by the bench signer, on both backends', async () => {
    const { publicKey, secretKey } = await newKeyPair();
    const fromExtension = await signReport({ ...body(1), reporterKey: publicKey }, secretKeySigner(secretKey));
    const fromBench = (pairs[0] as (typeof pairs)[0]).signReport(body(2));
    for (const report of [fromExtension, fromBench]) {
      expect(v.is(signedReportSchema, report)).toBe(true);
      expect(signatureValid(report)).toBe(true);
      expect(opensslSignatureValid(report)).toBe(true);
    }
  });

  it('signs alike with either bench signer backend: same seed, same key, same signature, valid to both verifiers', () => {
    for (let i = 0; i < 20; i++) {
      const seed = randomBytes(32);
      const viaSodium = nodeKeyPair('libsodium', seed);
      const viaOpenssl = nodeKeyPair('openssl', seed);
      expect(viaSodium.publicKey).toBe(viaOpenssl.publicKey);
      const a = viaSodium.signReport(body(i));
      const b = viaOpenssl.signReport(body(i));
      expect(a.signature).toBe(b.signature);
      expect(signatureValid(a)).toBe(true);
      expect(opensslSignatureValid(b)).toBe(true);
    }
    // A different seed is a different key.
    expect(nodeKeyPair('openssl', randomBytes(32)).publicKey).not.toBe(nodeKeyPair('openssl', randomBytes(32)).publicKey);
  });

  it('gives the same answer as OpenSSL on tampered signatures, keys and bodies', () => {
    if (!sodium) throw new Error('sodium-native did not load');
    const kinds = ['signature', 'key', 'other key', 'text', 'time', 'none'] as const;
    fc.assert(
      fc.property(fc.nat(3), fc.constantFrom(...kinds), fc.nat(200), fc.nat(62), (who, kind, at, by) => {
        const signed: SignedReport = (pairs[who] as (typeof pairs)[0]).signReport(body(at));
        const report: SignedReport =
          kind === 'signature' ? { ...signed, signature: changed(signed.signature, at, by) }
          : kind === 'key' ? { ...signed, reporterKey: changed(signed.reporterKey, at, by) }
          : kind === 'other key' ? { ...signed, reporterKey: (pairs[(who + 1) % 4] as (typeof pairs)[0]).publicKey }
          : kind === 'text' ? { ...signed, evidence: [{ ...(signed.evidence[0] as SignedReport['evidence'][0]), text: `Привет, мир${by}` }] }
          : kind === 'time' ? { ...signed, createdAt: signed.createdAt + 1 + by }
          : signed;
        const expected = opensslSignatureValid(report);
        expect(rawSignatureValid(sodium, report)).toBe(expected);
        if (kind === 'none') expect(expected).toBe(true);
        // The last character of 86 base64url ones carries 2 unused bits: a change there may decode
        // to the same signature, so only a change before it must be refused.
        if (kind !== 'none' && !(kind === 'signature' && at % 86 === 85) && !(kind === 'key' && at % 43 === 42)) expect(expected).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a key that is not a curve point and a signature whose S is out of range', () => {
    if (!sodium) throw new Error('sodium-native did not load');
    const signed = (pairs[0] as (typeof pairs)[0]).signReport(body(3));
    const sig = Buffer.from(signed.signature, 'base64url');
    // S ≥ the group order L: a malleated signature that both libraries must refuse.
    const highS = Buffer.from(sig);
    highS.fill(0xff, 32, 64);
    // y = 2 has no x on edwards25519: not a point.
    const notPoint = Buffer.alloc(32);
    notPoint[0] = 2;
    for (const report of [{ ...signed, signature: toBase64url(highS) }, { ...signed, reporterKey: toBase64url(notPoint) }]) {
      expect(opensslSignatureValid(report)).toBe(false);
      expect(rawSignatureValid(sodium, report)).toBe(false);
    }
  });

  it('falls back to OpenSSL when sodium-native cannot load or lacks the function', () => {
    expect(
      loadSodiumVerifier(() => {
        throw new Error('no prebuilt binary for this platform');
      }),
    ).toBeUndefined();
    expect(loadSodiumVerifier(() => ({}))).toBeUndefined();
    expect(loadSodiumVerifier(() => null)).toBeUndefined();
  });
});
