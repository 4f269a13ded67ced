// A small seeded PRNG (mulberry32) for the fuzz tests: the same seed replays the same hostile
// page to the byte, so a failure printed with its seed can be reproduced and debugged.
import { seededRandom as mulberry32 } from '../../../../src/core/seededRandom.ts';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
  };
}

/** A stable seed per site, so adding a site does not change the pages the others get. */
export function seedFor(name: string, base: number): number {
  let hash = base >>> 0;
  for (const ch of name) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
