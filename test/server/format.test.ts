// C5 format: what a list client and the server must agree on byte for byte.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { canonicalJson, fromBase64url, keyHash, signedReportSchema, toBase64url, type ReportBody } from '../../src/core/lists/format.ts';
import { newKeyPair, secretKeySigner, signReport, verifyReport } from '../../src/core/lists/signing.ts';

const body = (reporterKey: string): ReportBody => ({
  v: 1,
  id: 'report-0001',
  authorKey: 'hackernews:troll',
  displayName: 'Troll',
  category: 'coordinated',
  note: 'same text as five others',
  evidence: [{ commentId: 'hackernews:1', url: 'https://news.ycombinator.com/item?id=1', text: 'Привет, мир', time: 1 }],
  reasons: ['copypasta'],
  createdAt: 1_700_000_000_000,
  reporterKey,
});

describe('list and report format', () => {
  it('keyHash is the hex sha256 of the UTF-8 author key', async () => {
    expect(await keyHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('canonical JSON sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"z":1}]},"b":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });

  it('base64url round-trips like Node Buffer', () => {
    for (const len of [0, 1, 2, 3, 31, 32, 64]) {
      const bytes = Uint8Array.from({ length: len }, (_, i) => (i * 37 + 11) & 255);
      const encoded = toBase64url(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(encoded)).toEqual(bytes);
    }
    expect(() => fromBase64url('ab+c')).toThrow();
  });

  it('a signed report verifies, and any changed field or other key fails', async () => {
    const pair = await newKeyPair();
    const signed = await signReport(body(pair.publicKey), secretKeySigner(pair.secretKey));
    expect(v.is(signedReportSchema, signed)).toBe(true);
    expect(await verifyReport(signed)).toBe(true);
    // Key order in the JSON the server receives does not matter: the bytes are canonical.
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(signed).reverse())));
    expect(await verifyReport(reordered)).toBe(true);
    expect(await verifyReport({ ...signed, authorKey: 'hackernews:journalist' })).toBe(false);
    const other = await newKeyPair();
    expect(await verifyReport({ ...signed, reporterKey: other.publicKey })).toBe(false);
  });
});
