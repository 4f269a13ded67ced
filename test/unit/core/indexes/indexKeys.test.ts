// The pure parts of the persistent indexes: text band keys find near-copies and only them,
// co-occurrence pairs count each shared thread once, and the photo hash keeps one photo
// together through resizing and recompression while telling different photos apart.
import { describe, expect, it } from 'vitest';
import { atLeast, sharedThreadCounts } from '../../../../src/core/indexes/coOccurrence.ts';
import { HASH_SIZE, hashBands, hashDistance, perceptualHash } from '../../../../src/core/indexes/perceptualHash.ts';
import { textBands } from '../../../../src/core/indexes/textBands.ts';

const shared = (a: string[], b: string[]) => a.filter((k) => b.includes(k)).length;

describe('text bands', () => {
  it('give a near-copy (homoglyphs, one word changed) a shared band and an unrelated text none', () => {
    const text = 'Вся эта история с выборами давно решена, голосуйте как велит совесть и не слушайте никого';
    const copy = 'Вся эта истoрия с выбoрами давно решена, голосуйте как велит совесть и не слушайте их';
    const other = 'Thanks for the write-up, the part about the compiler flags was exactly what I needed today';
    expect(textBands(text)).toHaveLength(10);
    expect(shared(textBands(text), textBands(copy))).toBeGreaterThan(0);
    expect(shared(textBands(text), textBands(other))).toBe(0);
    expect(textBands('thanks for sharing')).toEqual([]);
  });
});

describe('co-occurrence pairs', () => {
  it('counts each thread an author shares with another once, and keeps only pairs that can pass', () => {
    const counts = sharedThreadCounts('a', [['a', 'b', 'c', 'b'], ['a', 'b'], ['b', 'a', 'd'], ['a']]);
    expect(Object.fromEntries(counts)).toEqual({ b: 3, c: 1, d: 1 });
    expect([...atLeast(counts, 3).keys()]).toEqual(['b']);
  });
});

/**
 * A synthetic "photo" at `size`²: a seeded mix of 2-D waves over the low frequencies (what a
 * face or a landscape is made of at 32×32), plus optional pixel noise of ±`noise` grey levels
 * (recompression); box-averaged to the hash size as a canvas would scale it.
 */
function photo(seed: number, size = 96, noise = 0): Uint8ClampedArray {
  let s = seed * 7919;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  const waves = Array.from({ length: 24 }, () => ({ u: Math.floor(rand() * 8), v: Math.floor(rand() * 8), a: 10 + 30 * rand(), p: rand() * 6.28 }));
  const big = new Float64Array(size * size);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    let g = 128;
    for (const w of waves) g += w.a * Math.cos((Math.PI * w.u * x) / size + (Math.PI * w.v * y) / size + w.p) / 3;
    big[y * size + x] = g + noise * (2 * rand() - 1);
  }
  const out = new Uint8ClampedArray(HASH_SIZE * HASH_SIZE * 4);
  const step = size / HASH_SIZE;
  for (let y = 0; y < HASH_SIZE; y++) for (let x = 0; x < HASH_SIZE; x++) {
    let sum = 0;
    for (let dy = 0; dy < step; dy++) for (let dx = 0; dx < step; dx++) sum += big[(y * step + dy) * size + x * step + dx]!;
    const g = sum / (step * step);
    out.set([g, g, g, 255], (y * HASH_SIZE + x) * 4);
  }
  return out;
}

describe('perceptual photo hash', () => {
  it('keeps one photo within 3 bits through resizing and noise, and different photos far apart', () => {
    const a = perceptualHash(photo(1));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hashDistance(a, perceptualHash(photo(1, 64)))).toBeLessThanOrEqual(3);
    expect(hashDistance(a, perceptualHash(photo(1, 96, 12)))).toBeLessThanOrEqual(3);
    expect(hashDistance(a, perceptualHash(photo(2)))).toBeGreaterThan(10);
    expect(shared(hashBands(a), hashBands(perceptualHash(photo(1, 64))))).toBeGreaterThan(0);
  });
});
