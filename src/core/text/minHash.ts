// MinHash signatures of shingle-hash sets: signature positions agree with probability equal
// to the Jaccard similarity of the sets. Seeded, so every run and every install agree.
import { mix32 } from './hash32.ts';

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
    out.fill(0xffffffff);
    const n = shingleHashes.length;
    for (let i = 0; i < this.size; i++) {
      const seed = this.seeds[i]!;
      let min = 0xffffffff;
      for (let j = 0; j < n; j++) {
        // One multiply-xorshift round per (function, shingle): cheap and well mixed.
        let h = Math.imul(shingleHashes[j]! ^ seed, 0x9e3779b1);
        h ^= h >>> 15;
        h = Math.imul(h, 0x85ebca77) >>> 0;
        if (h < min) min = h;
      }
      out[i] = min;
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
