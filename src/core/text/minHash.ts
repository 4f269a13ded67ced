// MinHash signatures of shingle-hash sets: signature positions agree with probability equal
// to the Jaccard similarity of the sets. Seeded, so every run and every install agree.
import { mix32 } from './hash32.ts';

const SIGN = 0x80000000 | 0;

/** One multiply-xorshift round per (function, shingle): cheap and well mixed; sign bit flipped. */
const mixOne = (x: number, seed: number): number => {
  const h = Math.imul(x ^ seed, 0x9e3779b1);
  return Math.imul(h ^ (h >>> 15), 0x85ebca77) ^ SIGN;
};

export class MinHasher {
  readonly size: number;
  private readonly seeds: Uint32Array;

  /** `size` hash functions derived from `seed` (splitmix-style stream, no Math.random). */
  constructor(size: number, seed = 0x6b757a65) {
    this.size = size;
    this.seeds = new Uint32Array(size);
    let s = seed >>> 0;
    for (let i = 0; i < size; i++) {
      s = (s + 0x9e3779b9) >>> 0;
      this.seeds[i] = mix32(s) | 1;
    }
  }

  /** Signature of a set of 32-bit shingle hashes; an empty set gives all 0xffffffff. */
  signature(shingleHashes: Uint32Array, out: Uint32Array = new Uint32Array(this.size)): Uint32Array {
    const n = shingleHashes.length;
    const seeds = this.seeds;
    // Four functions per pass over the shingles (independent multiplies overlap in the CPU), and
    // minimums kept with the sign bit flipped so they stay 32-bit integers: an unsigned order
    // compared as signed. The same values as one function at a time (a test holds them equal).
    let i = 0;
    for (; i + 4 <= this.size; i += 4) {
      const s0 = seeds[i]! | 0, s1 = seeds[i + 1]! | 0, s2 = seeds[i + 2]! | 0, s3 = seeds[i + 3]! | 0;
      let m0 = 0x7fffffff, m1 = 0x7fffffff, m2 = 0x7fffffff, m3 = 0x7fffffff;
      for (let j = 0; j < n; j++) {
        const x = shingleHashes[j]! | 0;
        const a = mixOne(x, s0), b = mixOne(x, s1), c = mixOne(x, s2), d = mixOne(x, s3);
        if (a < m0) m0 = a;
        if (b < m1) m1 = b;
        if (c < m2) m2 = c;
        if (d < m3) m3 = d;
      }
      out[i] = m0 ^ SIGN; out[i + 1] = m1 ^ SIGN; out[i + 2] = m2 ^ SIGN; out[i + 3] = m3 ^ SIGN;
    }
    for (; i < this.size; i++) {
      const seed = seeds[i]! | 0;
      let min = 0x7fffffff;
      for (let j = 0; j < n; j++) {
        const h = mixOne(shingleHashes[j]! | 0, seed);
        if (h < min) min = h;
      }
      out[i] = min ^ SIGN;
    }
    return out;
  }

  /** Share of equal positions: an unbiased estimate of Jaccard. */
  static estimate(a: Uint32Array, b: Uint32Array): number {
    let same = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
    return a.length === 0 ? 0 : same / a.length;
  }
}
