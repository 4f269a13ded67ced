// Deterministic randomness for the eval and the fit: every shuffle and every train/test choice
// comes from a fixed seed or a hash of a row's key, so two runs give the same figures.
import { createHash } from 'node:crypto';

export { seededRandom } from '../../src/core/seededRandom.ts';

/** A number in [0, 1) fixed by the text (first 52 bits of its SHA-256). */
export function hashUnit(text: string): number {
  const hex = createHash('sha256').update(text, 'utf8').digest('hex');
  return parseInt(hex.slice(0, 13), 16) / 2 ** 52;
}

/** Fisher–Yates with the given generator; returns a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
