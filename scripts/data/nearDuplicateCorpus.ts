// Builds the near-duplicate benchmark corpus from real texts in ../shared/data: real tweets and
// comments as bases, and copies of them made by the edits evaders actually use (homoglyph
// swaps, Latin transliteration, a dropped or added word, punctuation/emoji/case changes), with
// the base each copy came from as ground truth. Deterministic (seeded), nothing written to disk:
// comment i is regenerated on demand, so 1,000,000 comments need no memory of their own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { foldWords, transliterate } from '../../src/core/text/index.ts';
import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from '../../src/core/text/homoglyphData.ts';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const rows = (file: string) =>
  parse(readFileSync(DATA + file, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[];

/** Distinct real texts (≥ 6 folded words, as copypasta ignores shorter), in a seeded shuffle. */
export function loadBaseTexts(seed = 1): string[] {
  const texts = [
    ...rows('ira_russian_troll_tweets/tweets.csv').filter((r) => r.retweet !== '1').map((r) => r.content ?? ''),
    ...rows('ru_tweets_sentirueval2016/tweets.csv').map((r) => r.text ?? ''),
    ...rows('ru_vk_distorted_toxicity/comments.csv').map((r) => r.comments ?? ''),
  ];
  const seen = new Set<string>();
  const bases: string[] = [];
  for (const t of texts) {
    const folded = foldWords(t);
    const key = folded.join(' ');
    if (folded.length >= 6 && !seen.has(key)) { seen.add(key); bases.push(t); }
  }
  const random = prng(seed);
  for (let i = bases.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [bases[i], bases[j]] = [bases[j]!, bases[i]!];
  }
  return bases;
}

/** mulberry32: a small seeded generator (scripts may be random, but reproducibly). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLERS = ['да', 'ну', 'вот', 'просто', 'блин', 'lol', 'really', 'just', 'ага', 'ведь'];
const DECOR = ['!!!', ' 🔥', ' 😡😡', '...', ' 👍', '?!'];

type Edit = (text: string, random: () => number) => string;
const EDITS: Edit[] = [
  (t, r) => [...t].map((c) => (r() < 0.4 ? CYRILLIC_TO_LATIN[c] ?? LATIN_TO_CYRILLIC[c] ?? c : c)).join(''),
  (t) => transliterate(t, 'ru'),
  (t, r) => { const w = t.split(' '); w.splice(Math.floor(r() * w.length), 1); return w.join(' '); },
  (t, r) => { const w = t.split(' '); w.splice(Math.floor(r() * (w.length + 1)), 0, FILLERS[Math.floor(r() * FILLERS.length)]!); return w.join(' '); },
  (t, r) => t.replace(/[,.!?:;](?=\s|$)/gu, '') + DECOR[Math.floor(r() * DECOR.length)]!,
  (t, r) => (r() < 0.5 ? t.toUpperCase() : t.toLowerCase()) + '\u200B',
];

export interface CorpusComment { base: number; text: string; edited: boolean }

/** Comment `i` of the corpus: a base text (one in five verbatim) or a copy with 1–2 edits. */
export function corpusComment(bases: readonly string[], i: number, seed = 7): CorpusComment {
  const random = prng(Math.imul(i + 1, 0x9e3779b1) ^ seed);
  const base = Math.floor(random() * bases.length);
  let text = bases[base]!;
  if (random() < 0.2) return { base, text, edited: false };
  const edits = 1 + (random() < 0.4 ? 1 : 0);
  for (let e = 0; e < edits; e++) text = EDITS[Math.floor(random() * EDITS.length)]!(text, random);
  return { base, text, edited: true };
}
