// The text module's public face: what heuristics, the background and the benches import.
// Everything here is pure and deterministic (no clock, no randomness, no DOM).
export { foldText, foldWords } from './foldText.ts';
export { tokenize } from './tokenize.ts';
export { shingles, shingleHashes, shingleHashesOf, jaccard, jaccardSorted } from './shingles.ts';
export { hashString32 } from './hash32.ts';
export { MinHasher } from './minHash.ts';
export { LshIndex, type LshOptions } from './lshIndex.ts';
export { simhash64, hamming64, type SimHash64 } from './simhash.ts';
export { guessLanguage, type LanguageGuess } from './guessLanguage.ts';
export { transliterate, type LatinScheme } from './transliterate.ts';
export { normalizeText, wordCount } from './normalizeText.ts';
