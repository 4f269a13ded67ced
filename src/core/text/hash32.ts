// 32-bit string hashing and mixing for shingles, MinHash and SimHash: fast, seeded, no BigInt.
// FNV-1a over UTF-16 code units, then MurmurHash3's fmix32 finaliser to spread the bits.

/** MurmurHash3 fmix32: a bijective avalanche of a 32-bit integer. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seeded 32-bit hash of a string (unsigned). */
export function hashString32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}
