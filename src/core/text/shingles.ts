// Word shingles (k consecutive tokens) and Jaccard similarity between shingle sets.
import { hashString32 } from './hash32.ts';

/** The set of k-word shingles; a text shorter than k words is one shingle of all its words. */
export function shingles(tokens: readonly string[], k = 2): Set<string> {
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length <= k) {
    out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + k <= tokens.length; i++) out.add(tokens.slice(i, i + k).join(' '));
  return out;
}

/**
 * Shingles as sorted, distinct 32-bit hashes: what MinHash and fast Jaccard work on. Hashing
 * each token once and combining k of them avoids building k-word strings per comment.
 */
export function shingleHashes(tokens: readonly string[], k = 2): Uint32Array {
  const n = tokens.length;
  if (n === 0) return new Uint32Array(0);
  const words = new Uint32Array(n);
  for (let i = 0; i < n; i++) words[i] = hashString32(tokens[i]!);
  return shingleHashesOf(words, k);
}

/** The same as shingleHashes, from each token's hashString32 already computed (the fold keeps them). */
export function shingleHashesOf(words: Uint32Array, k = 2): Uint32Array {
  const n = words.length;
  if (n === 0) return new Uint32Array(0);
  const count = n <= k ? 1 : n - k + 1;
  const width = n <= k ? n : k;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b9 ^ width;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ words[i + j]!, 0x01000193) + 0x7f4a7c15;
    out[i] = (h ^ (h >>> 15)) >>> 0;
  }
  // A comment has a few dozen shingles at most: insertion sort beats the generic sort there.
  if (count <= 64) {
    for (let i = 1; i < count; i++) {
      const x = out[i]!;
      let j = i - 1;
      while (j >= 0 && out[j]! > x) { out[j + 1] = out[j]!; j--; }
      out[j + 1] = x;
    }
  } else out.sort();
  let w = 0;
  for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i]!;
  return w === count ? out : out.subarray(0, w);
}

/** Exact Jaccard |A∩B| / |A∪B| of two sets; two empty sets are not similar (0). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** Exact Jaccard of two sorted distinct hash arrays (from shingleHashes), by merging. */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0, j = 0, common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { common++; i++; j++; } else if (x < y) i++; else j++;
  }
  return common / (a.length + b.length - common);
}
