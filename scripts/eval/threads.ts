// (b) streams, the threads: how texts become the comment threads a browser would see. One rule
// for trolls and non-trolls alike:
// - per language, all texts (one per author) are shuffled with a fixed seed and cut into
//   threads of THREAD_SIZE comments, so the troll share of a thread is whatever chance gives;
// - every author appears once, in one thread, under an opaque key and no name: the ordinary
//   texts carry no author, so no side may show a handle, a name or a second comment;
// - times are made by one rule for everyone (a fixed start per thread, seeded exponential gaps):
//   the sources' real times are years apart and say nothing about a shared thread.
import type { StoredComment } from '../../src/core/model.ts';
import { seededRandom, shuffled } from './seededRandom.ts';
import type { StreamLanguage, StreamText } from './streamTexts.ts';

export const THREAD_SIZE = 100;
export const MEAN_GAP_MS = 3 * 60_000;
export const STREAM_SEED = 20161108;
/** Threads start a day apart from 2016-01-01 UTC (any fixed epoch would do). */
const START = Date.UTC(2016, 0, 1);
const DAY = 86_400_000;

export interface StreamThread {
  url: string;
  comments: StoredComment[];
  /** Which text each comment carries, in the same order. */
  texts: StreamText[];
  /** One minute after the last comment: when the page is read. */
  now: number;
}

export function formThreads(texts: readonly StreamText[], size = THREAD_SIZE, seed = STREAM_SEED): StreamThread[] {
  const threads: StreamThread[] = [];
  const languages = [...new Set(texts.map((t) => t.lang))].sort() as StreamLanguage[];
  for (const [li, lang] of languages.entries()) {
    const random = seededRandom(seed + li);
    const ordered = [...texts].filter((t) => t.lang === lang).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const pool = shuffled(ordered, random);
    for (let start = 0; start < pool.length; start += size) {
      const index = threads.length;
      const url = `https://eval.kuzet.invalid/${lang}/thread/${index}`;
      let time = START + index * DAY;
      const chunk = pool.slice(start, start + size);
      const comments = chunk.map((_, j): StoredComment => {
        time += Math.round(-Math.log(1 - random()) * MEAN_GAP_MS);
        const authorKey = `eval:${lang}-${index}-${j}`;
        return { id: `${authorKey}:c`, site: 'eval', authorKey, displayName: '', text: chunk[j]!.text, time, threadUrl: url, seenAt: time, seq: start + j };
      });
      threads.push({ url, comments, texts: chunk, now: time + 60_000 });
    }
  }
  return threads;
}
