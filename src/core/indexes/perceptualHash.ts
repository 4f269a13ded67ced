// A 64-bit perceptual hash of a photo (the DCT "pHash"): the image, already scaled to 32×32 by
// the caller, is turned to grey, its 2-D cosine transform taken, and each of the 8×8 lowest
// frequencies (the constant term left out) compared with their median. Re-encoding, resizing and
// mild recolouring move few bits, so the same photo uploaded by two accounts lands within a few
// bits (heuristics/avatarReuse.ts counts ≤ 3). Pure: pixels in, 16 hex digits out.

export const HASH_SIZE = 32;
const LOW = 8;

/** Hash of an RGBA image of HASH_SIZE × HASH_SIZE pixels (what OffscreenCanvas.getImageData gives). */
export function perceptualHash(rgba: Uint8ClampedArray | Uint8Array): string {
  if (rgba.length !== HASH_SIZE * HASH_SIZE * 4) throw new Error(`expected ${HASH_SIZE}×${HASH_SIZE} RGBA pixels`);
  const grey = new Float64Array(HASH_SIZE * HASH_SIZE);
  for (let i = 0; i < grey.length; i++) {
    // Transparent pixels count as white: a cut-out photo hashes like the same photo on white.
    const a = rgba[i * 4 + 3]! / 255;
    const y = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
    grey[i] = y * a + 255 * (1 - a);
  }
  const low = lowFrequencies(grey);
  const ac = low.slice(1); // the constant term says only how bright the photo is
  const median = [...ac].sort((x, y) => x - y)[Math.floor(ac.length / 2)]!;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | (low[nibble * 4 + bit]! > median ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/** Bands of 16 bits: hashes within 3 bits of each other share at least one (pigeonhole). */
export function hashBands(hash: string): string[] {
  const h = hash.toLowerCase();
  return [0, 1, 2, 3].map((i) => `${i}:${h.slice(i * 4, i * 4 + 4)}`);
}

/** Bits in which two 16-hex-digit hashes differ. */
export function hashDistance(a: string, b: string): number {
  let bits = 0;
  for (let i = 0; i < 16; i += 4) {
    let x = Number.parseInt(a.slice(i, i + 4), 16) ^ Number.parseInt(b.slice(i, i + 4), 16);
    for (; x; x &= x - 1) bits++;
  }
  return bits;
}

/** The LOW×LOW lowest frequencies of the 2-D DCT-II, row-major. */
function lowFrequencies(grey: Float64Array): Float64Array {
  const N = HASH_SIZE;
  const cos = new Float64Array(LOW * N);
  for (let u = 0; u < LOW; u++) for (let x = 0; x < N; x++) cos[u * N + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * N));
  const rows = new Float64Array(N * LOW); // transform along x for every row y
  for (let y = 0; y < N; y++) {
    for (let u = 0; u < LOW; u++) {
      let sum = 0;
      for (let x = 0; x < N; x++) sum += grey[y * N + x]! * cos[u * N + x]!;
      rows[y * LOW + u] = sum;
    }
  }
  const out = new Float64Array(LOW * LOW);
  for (let v = 0; v < LOW; v++) {
    for (let u = 0; u < LOW; u++) {
      let sum = 0;
      for (let y = 0; y < N; y++) sum += rows[y * LOW + u]! * cos[v * N + y]!;
      out[v * LOW + u] = sum;
    }
  }
  return out;
}
