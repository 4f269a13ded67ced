// A compact membership filter for list entries: a 3-wise binary fuse filter with 16-bit
// fingerprints (Graf & Lemire, "Binary Fuse Filters", 2022). About 18 bits per entry, so
// 1,000,000 entries take ~2.26 MB, and a stranger's key matches with probability ~2^-16
// (1.5e-5). Keys are the lists' keyHash values (sha256 hex), already uniformly random, so the
// filter only remixes them with a seed; it never sees an author key. Pure and deterministic.

export interface FuseFilter {
  seed: number;
  segmentLength: number;
  segmentCountLength: number;
  fingerprints: Uint16Array;
}

const ARITY = 3;
const MAX_ATTEMPTS = 64;

/** murmur3's 32-bit finaliser: every input bit moves every output bit. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The 64 leading bits of a keyHash as two words; throws on anything but hex. */
export function keyWords(keyHash: string): [number, number] {
  if (!/^[0-9a-f]{16}/.test(keyHash)) throw new Error('listFilter: keyHash must start with 16 lowercase hex digits');
  return [parseInt(keyHash.slice(0, 8), 16), parseInt(keyHash.slice(8, 16), 16)];
}

interface Probe {
  p0: number;
  p1: number;
  p2: number;
  fingerprint: number;
}

function probe(k0: number, k1: number, seed: number, segmentLength: number, segmentCountLength: number): Probe {
  const a = mix32(k0 ^ mix32(k1 ^ seed));
  const b = mix32(k1 ^ mix32(a + seed + 0x9e3779b9));
  const c = mix32(a ^ b ^ 0x7f4a7c15);
  const mask = segmentLength - 1;
  // Exact in doubles: a < 2^32 and segmentCountLength < 2^21.
  const p0 = Math.floor((a * segmentCountLength) / 0x1_0000_0000);
  return { p0, p1: (p0 + segmentLength) ^ (b & mask), p2: (p0 + 2 * segmentLength) ^ ((b >>> 16) & mask), fingerprint: c & 0xffff };
}

function layout(size: number): { segmentLength: number; segmentCountLength: number; arrayLength: number } {
  const n = Math.max(size, 64);
  const segmentLength = Math.min(2 ** Math.floor(Math.log(n) / Math.log(3.33) + 2.25), 1 << 18);
  const sizeFactor = Math.max(1.125, 0.875 + (0.25 * Math.log(1_000_000)) / Math.log(n));
  const capacity = Math.round(n * sizeFactor);
  const segmentCount = Math.max(1, Math.ceil(capacity / segmentLength) - (ARITY - 1));
  return { segmentLength, segmentCountLength: segmentCount * segmentLength, arrayLength: (segmentCount + ARITY - 1) * segmentLength };
}

/** Builds a filter over the given keyHashes (duplicates allowed); `seed` makes it reproducible. */
export function buildFilter(keyHashes: Iterable<string>, seed = 1): FuseFilter {
  const unique = new Map<string, [number, number]>();
  for (const hash of keyHashes) {
    const words = keyWords(hash);
    unique.set(`${words[0]}:${words[1]}`, words);
  }
  const keys = [...unique.values()];
  const { segmentLength, segmentCountLength, arrayLength } = layout(keys.length);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const trySeed = mix32(seed + attempt * 0x632be5ab);
    const fingerprints = peelAndAssign(keys, trySeed, segmentLength, segmentCountLength, arrayLength);
    if (fingerprints) return { seed: trySeed, segmentLength, segmentCountLength, fingerprints };
  }
  throw new Error('listFilter: could not build a filter (duplicate 64-bit key prefixes?)');
}

function peelAndAssign(keys: [number, number][], seed: number, segLen: number, segCountLen: number, arrayLength: number): Uint16Array | null {
  // Typed arrays, not objects: a million keys must build in about a second in the worker.
  const slots = new Uint32Array(keys.length * ARITY);
  const prints = new Uint16Array(keys.length);
  keys.forEach(([k0, k1], i) => {
    const { p0, p1, p2, fingerprint } = probe(k0, k1, seed, segLen, segCountLen);
    slots[i * ARITY] = p0;
    slots[i * ARITY + 1] = p1;
    slots[i * ARITY + 2] = p2;
    prints[i] = fingerprint;
  });
  // Per slot: how many keys touch it (<<2) with the xor of which of their three positions it is, and the xor of their indices.
  const count = new Uint32Array(arrayLength);
  const xorIndex = new Uint32Array(arrayLength);
  for (let i = 0; i < keys.length; i++) {
    for (let j = 0; j < ARITY; j++) {
      const slot = slots[i * ARITY + j]!;
      count[slot] = (count[slot]! + 4) ^ j;
      xorIndex[slot] = xorIndex[slot]! ^ i;
    }
  }
  const queue: number[] = [];
  for (let slot = 0; slot < arrayLength; slot++) if (count[slot]! >> 2 === 1) queue.push(slot);
  const order = new Uint32Array(keys.length);
  const orderSlot = new Uint32Array(keys.length);
  let peeled = 0;
  while (queue.length > 0) {
    const slot = queue.pop()!;
    if (count[slot]! >> 2 !== 1) continue;
    const key = xorIndex[slot]!;
    const found = count[slot]! & 3;
    order[peeled] = key;
    orderSlot[peeled++] = slot;
    for (let j = 0; j < ARITY; j++) {
      const other = slots[key * ARITY + j]!;
      count[other] = (count[other]! - 4) ^ j;
      xorIndex[other] = xorIndex[other]! ^ key;
      if (j !== found && count[other]! >> 2 === 1) queue.push(other);
    }
  }
  if (peeled !== keys.length) return null;
  const fingerprints = new Uint16Array(arrayLength);
  for (let i = peeled - 1; i >= 0; i--) {
    const key = order[i]!;
    const base = key * ARITY;
    // The slot itself still holds 0 here, so xoring all three positions leaves the other two.
    fingerprints[orderSlot[i]!] =
      prints[key]! ^ fingerprints[slots[base]!]! ^ fingerprints[slots[base + 1]!]! ^ fingerprints[slots[base + 2]!]!;
  }
  return fingerprints;
}

/** True for every key the filter was built with; for other keys, rarely (about 1 in 65,536). */
export function filterHas(filter: FuseFilter, keyHash: string): boolean {
  const [k0, k1] = keyWords(keyHash);
  const { p0, p1, p2, fingerprint } = probe(k0, k1, filter.seed, filter.segmentLength, filter.segmentCountLength);
  const f = filter.fingerprints;
  return (f[p0]! ^ f[p1]! ^ f[p2]!) === fingerprint;
}

/** Bytes the filter holds in memory (the fingerprint array dominates; the rest is three numbers). */
export function filterBytes(filter: FuseFilter): number {
  return filter.fingerprints.byteLength + 24;
}
