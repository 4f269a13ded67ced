// One seeded generator (mulberry32) for everything that must replay exactly: the eval's shuffles
// and splits, the server's brigade simulation and the fuzz tests. Pure, so it runs anywhere.

/** A float in [0, 1) per call, the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
