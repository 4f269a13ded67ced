// 64-bit SimHash of a token list, kept as two unsigned 32-bit halves: near-identical texts
// differ in few bits. Two halves beat BigInt by far in V8 (measured in scripts/bench/nearDuplicates.ts).
import { hashString32 } from './hash32.ts';

export interface SimHash64 { hi: number; lo: number }

/** SimHash over tokens, each token weighing 1 per occurrence. */
export function simhash64(tokens: readonly string[]): SimHash64 {
  const votes = new Int32Array(64);
  for (const token of tokens) {
    const lo = hashString32(token, 0x2545f491);
    const hi = hashString32(token, 0x1b873593);
    for (let b = 0; b < 32; b++) {
      votes[b]! += (lo >>> b) & 1 ? 1 : -1;
      votes[b + 32]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let lo = 0, hi = 0;
  for (let b = 0; b < 32; b++) {
    if (votes[b]! > 0) lo |= 1 << b;
    if (votes[b + 32]! > 0) hi |= 1 << b;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Number of differing bits (0..64). */
export function hamming64(a: SimHash64, b: SimHash64): number {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}
