// The near-duplicate index no longer hashes word strings: the fold hands over each key's hash
// (kept in the word table) and MinHash works four functions at a time. Both must give exactly
// what the plain definitions give, on every real text of ../shared/data (read in place).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWords, foldWordsWithHashes } from '../../../../src/core/text/foldText.ts';
import { hashString32 } from '../../../../src/core/text/hash32.ts';
import { MinHasher } from '../../../../src/core/text/minHash.ts';
import { shingleHashes, shingleHashesOf } from '../../../../src/core/text/shingles.ts';
import { rows } from '../heuristics/realData.ts';

const COLUMNS: ReadonlyArray<[string, string]> = [
  ['ira_russian_troll_tweets/tweets.csv', 'content'],
  ['ru_tweets_sentirueval2016/tweets.csv', 'text'],
  ['ru_vk_distorted_toxicity/comments.csv', 'comments'],
  ['twitter_bot_or_not_accounts/accounts.csv', 'description'],
];
const realTexts = () => COLUMNS.flatMap(([file, column]) => rows<Record<string, string>>(file).map((r) => r[column] ?? ''));
const isWord = (w: string) => w !== '_url_' && w !== '_at_';

/** MinHash as first written: one hash function at a time, unsigned minimum. */
function plainSignature(seeds: Uint32Array, shingles: Uint32Array): number[] {
  return [...seeds].map((seed) => {
    let min = 0xffffffff;
    for (const x of shingles) {
      let h = Math.imul(x ^ seed, 0x9e3779b1);
      h ^= h >>> 15;
      h = Math.imul(h, 0x85ebca77) >>> 0;
      if (h < min) min = h;
    }
    return min;
  });
}

describe('folding with word hashes', () => {
  it('gives the words of foldWords and the hash of every word that is not a placeholder, on every real text', () => {
    let texts = 0, withLinks = 0;
    for (const text of realTexts()) {
      const { words, content } = foldWordsWithHashes(text);
      const plain = foldWords(text);
      expect(words).toEqual(plain);
      const kept = plain.filter(isWord);
      expect([...content]).toEqual(kept.map((w) => hashString32(w)));
      expect(shingleHashesOf(content)).toEqual(shingleHashes(kept));
      texts++;
      if (plain.length > kept.length) withLinks++;
    }
    expect(texts).toBeGreaterThan(60_000);
    expect(withLinks).toBeGreaterThan(10_000); // links and mentions really were left out
  }, 120_000);

  it('hashes a word the same the first time (a new word) and when the word table knows it', () => {
    const word = `нoвoeслoвo${Date.now().toString(36).replace(/\d/g, '')}`; // Latin o's: the homoglyph path
    const first = foldWordsWithHashes(`${word} и ещё раз ${word}`);
    const again = foldWordsWithHashes(`${word} и ещё раз ${word}`);
    expect([...first.content]).toEqual(first.words.map((w) => hashString32(w)));
    expect(again).toEqual(first);
  });
});

describe('the word table', () => {
  it('keeps giving each word its own key when it fills up and starts over (a hostile stream of new words)', () => {
    const word = (n: number) => `слово${n.toString(36).replace(/\d/g, (d) => 'абвгдежзик'[Number(d)]!)}`;
    const probe = 'Пpивeт, KAK дeлa';
    const expected = foldWordsWithHashes(probe);
    for (let n = 0; n < 220_000; n += 1_000) {
      const text = Array.from({ length: 1_000 }, (_, i) => word(n + i)).join(' ');
      const { words, content } = foldWordsWithHashes(text);
      if (n % 50_000 === 0) {
        expect(words.slice(0, 3)).toEqual(foldWords(text).slice(0, 3));
        expect([...content]).toEqual(words.map((w) => hashString32(w)));
        expect(foldWordsWithHashes(probe)).toEqual(expected);
      }
    }
    expect(foldWordsWithHashes(probe)).toEqual(expected);
    expect(expected.words).toEqual(['privet', 'kak', 'dela']);
  }, 60_000);

  it('tells apart words that differ in one letter, in script or in length', () => {
    const { words } = foldWordsWithHashes('кол қол kol кола колa коl');
    expect(words).toEqual(['kol', 'qol', 'kol', 'kola', 'kola', 'kol']);
  });
});

describe('MinHash signatures', () => {
  const sets = realTexts().slice(0, 3000).map((t) => shingleHashes(foldWords(t).filter(isWord)));

  it.each([40, 80, 7, 1])('equal the one-function-at-a-time definition with %i functions', (size) => {
    const hasher = new MinHasher(size);
    const seeds = (hasher as unknown as { seeds: Uint32Array }).seeds;
    for (const set of sets) expect([...hasher.signature(set)]).toEqual(plainSignature(seeds, set));
  });

  it('equal it on any set of 32-bit hashes, and give all 0xffffffff for an empty set', () => {
    const hasher = new MinHasher(40, 12345);
    const seeds = (hasher as unknown as { seeds: Uint32Array }).seeds;
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 50 }), (values) => {
      const set = new Uint32Array(values);
      expect([...hasher.signature(set)]).toEqual(plainSignature(seeds, set));
    }), { numRuns: 500 });
    expect([...hasher.signature(new Uint32Array(0))]).toEqual(new Array(40).fill(0xffffffff));
  });
});
