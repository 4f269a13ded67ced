// A compact membership filter for list entries: a 4-wise binary fuse filter (Graf & Lemire,
// "Binary Fuse Filters", 2022) with 18-bit fingerprints, kept as a 16-bit array plus 2 bits
// per slot. About 19.4 bits per entry, so 1,000,000 entries take ~2.42 MB (below 2.5 MB in
// either reading of "MB"), and a stranger's key matches with probability ~2^-18 (3.8e-6), well
// under the 2e-5 goal. Keys are the lists' keyHash values (sha256 hex), already uniformly
// random, so the filter only remixes them with a seed; it never sees an author key.
// Pure and deterministic.

export interface FuseFilter {
  seed: number;
  segmentLength: number;
  segmentCountLength: number;
  /** Low 16 bits of each slot's fingerprint. */
  fingerprints: Uint16Array;
  /** High 2 bits of each slot's fingerprint, four slots per byte. */
  extra: Uint8Array;
}

const ARITY = 4;
const FINGERPRINT_MASK = 0x3ffff;
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

/** Writes a key's four slots into `out` at `at` and answers its fingerprint. */
function probe(k0: number, k1: number, seed: number, segmentLength: number, segmentCountLength: number, out: Uint32Array, at: number): number {
  const a = mix32(k0 ^ mix32(k1 ^ seed));
  const b = mix32(k1 ^ mix32(a + seed + 0x9e3779b9));
  const d = mix32(b ^ 0x85ebca6b);
  const e = mix32(d + 0xc2b2ae35);
  const mask = segmentLength - 1;
  // Exact in doubles: a < 2^32 and segmentCountLength < 2^21.
  const p0 = Math.floor((a * segmentCountLength) / 0x1_0000_0000);
  out[at] = p0;
  out[at + 1] = (p0 + segmentLength) ^ (b & mask);
  out[at + 2] = (p0 + 2 * segmentLength) ^ (d & mask);
  out[at + 3] = (p0 + 3 * segmentLength) ^ (e & mask);
  return mix32(a ^ e ^ 0x7f4a7c15) & FINGERPRINT_MASK;
}

function layout(size: number): { segmentLength: number; segmentCountLength: number; arrayLength: number } {
  const n = Math.max(size, 64);
  const segmentLength = Math.min(2 ** Math.floor(Math.log(n) / Math.log(2.91) - 0.5), 1 << 18);
  const sizeFactor = Math.max(1.075, 0.77 + (0.305 * Math.log(600_000)) / Math.log(n));
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
    const slots = peelAndAssign(keys, trySeed, segmentLength, segmentCountLength, arrayLength);
    if (slots) {
      const fingerprints = new Uint16Array(arrayLength);
      const extra = new Uint8Array(Math.ceil(arrayLength / 4));
      slots.forEach((value, i) => {
        fingerprints[i] = value & 0xffff;
        extra[i >> 2] = extra[i >> 2]! | ((value >>> 16) << ((i & 3) * 2));
      });
      return { seed: trySeed, segmentLength, segmentCountLength, fingerprints, extra };
    }
  }
  throw new Error('listFilter: could not build a filter (duplicate 64-bit key prefixes?)');
}

function peelAndAssign(keys: [number, number][], seed: number, segLen: number, segCountLen: number, arrayLength: number): Uint32Array | null {
  // Typed arrays, not objects: a million keys must build in seconds in the worker.
  const slots = new Uint32Array(keys.length * ARITY);
  const prints = new Uint32Array(keys.length);
  keys.forEach(([k0, k1], i) => {
    prints[i] = probe(k0, k1, seed, segLen, segCountLen, slots, i * ARITY);
  });
  // Per slot: how many keys touch it (<<2) with the xor of which of their four positions it is, and the xor of their indices.
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
  const values = new Uint32Array(arrayLength);
  for (let i = peeled - 1; i >= 0; i--) {
    const key = order[i]!;
    const base = key * ARITY;
    // The slot itself still holds 0 here, so xoring all four positions leaves the other three.
    values[orderSlot[i]!] = prints[key]! ^ values[slots[base]!]! ^ values[slots[base + 1]!]! ^ values[slots[base + 2]!]! ^ values[slots[base + 3]!]!;
  }
  return values;
}

const slotValue = (filter: FuseFilter, slot: number): number =>
  filter.fingerprints[slot]! | (((filter.extra[slot >> 2]! >> ((slot & 3) * 2)) & 3) << 16);

const scratch = new Uint32Array(ARITY);

/** True for every key the filter was built with; for other keys, rarely (about 1 in 262,144). */
export function filterHas(filter: FuseFilter, keyHash: string): boolean {
  const [k0, k1] = keyWords(keyHash);
  const fingerprint = probe(k0, k1, filter.seed, filter.segmentLength, filter.segmentCountLength, scratch, 0);
  return (slotValue(filter, scratch[0]!) ^ slotValue(filter, scratch[1]!) ^ slotValue(filter, scratch[2]!) ^ slotValue(filter, scratch[3]!)) === fingerprint;
}

/** Bytes a filter over `size` distinct keys will hold, without building it (the bench and the budget). */
export function filterBytesFor(size: number): number {
  const { arrayLength } = layout(size);
  return arrayLength * 2 + Math.ceil(arrayLength / 4) + 24;
}

/** Bytes the filter holds in memory: both arrays, plus three numbers. */
export function filterBytes(filter: FuseFilter): number {
  return filter.fingerprints.byteLength + filter.extra.byteLength + 24;
}
