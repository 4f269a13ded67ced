// The membership filter: every listed key is found (a list must never silently miss someone it
// names), strangers are found only rarely, and the memory stays within the budget.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildFilter, filterBytes, filterHas } from '../../../../src/core/lists/listFilter.ts';

const keyHash = (text: string) => createHash('sha256').update(text).digest('hex');
const hashes = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => keyHash(`${prefix}${i}`));

describe('binary fuse filter', () => {
  it('finds every entry it was built with, at every size from empty to 100,000', () => {
    for (const n of [0, 1, 2, 3, 10, 100, 1000, 100_000]) {
      const keys = hashes(`vk:${n}:`, n);
      const filter = buildFilter(keys);
      expect(keys.filter((k) => !filterHas(filter, k))).toEqual([]);
    }
  });

  it('matches strangers only rarely, near the designed 2^-16', () => {
    const filter = buildFilter(hashes('listed:', 50_000));
    const probes = 300_000;
    const matched = hashes('stranger:', probes).filter((k) => filterHas(filter, k)).length;
    // Expected 4.6 at 2^-16; 2e-5 would be 6; more than 15 means the fingerprints are broken.
    expect(matched).toBeLessThanOrEqual(15);
  });

  it('keeps 100,000 entries in under 2.5 bytes each', () => {
    const filter = buildFilter(hashes('size:', 100_000));
    expect(filterBytes(filter) / 100_000).toBeLessThan(2.5);
  });

  it('is the same filter for the same entries in any order, and tolerates duplicates', () => {
    const keys = hashes('order:', 500);
    const a = buildFilter(keys);
    const b = buildFilter([...keys].reverse().concat(keys.slice(0, 50)));
    expect(b.fingerprints).toEqual(a.fingerprints);
  });

  it('refuses a key that is not a hex hash rather than matching garbage', () => {
    expect(() => buildFilter(['not-a-hash'])).toThrow(/hex/);
    const filter = buildFilter(hashes('x', 10));
    expect(() => filterHas(filter, 'vk:123')).toThrow(/hex/);
  });
});
