// Bench part: scoring throughput, comments per second on one core (Node's one thread), over the
// real IRA comments cut into threads. Each thread is scored whole with scoreAuthors(context,
// 'all'), a fresh context per pass so no memo carries over. Same-run baseline: a JSON round-trip
// of the same threads (what passing the batch through one extension message costs at least).
import { forgetFoldedWords } from '../../src/core/heuristics/commentWords.ts';
import { scoreAuthors } from '../../src/core/heuristics/scoreAuthors.ts';
import { join } from 'node:path';
import type { StoredComment } from '../../src/core/model.ts';
import { SHARED_DATA } from '../eval/dataArgs.ts';
import { readCsv } from '../eval/readCsv.ts';
import { unwrapQuotes } from '../eval/streamTexts.ts';
import { parseTwitterDate } from '../eval/twitterDate.ts';
import type { BenchLine, BenchPart } from './benchLine.ts';

const THREAD_SIZE = 200;

/** Every IRA tweet in publish order, real author and time, cut into threads of THREAD_SIZE. */
export function realThreads(dir = join(SHARED_DATA, 'ira_russian_troll_tweets')): StoredComment[][] {
  const rows = readCsv(join(dir, 'tweets.csv'));
  const comments = rows.map((r, seq): StoredComment => {
    const time = parseTwitterDate(r['publish_date']) ?? 0;
    const handle = r['author_id'] ?? '';
    return {
      id: `bench:${seq}`, site: 'twitter', authorKey: `twitter:${handle.toLowerCase()}`, displayName: handle, handle,
      text: unwrapQuotes(r['content'] ?? ''), time, threadUrl: '', seenAt: time, seq,
    };
  });
  comments.sort((a, b) => a.seenAt - b.seenAt || a.seq - b.seq);
  const threads: StoredComment[][] = [];
  for (let i = 0; i < comments.length; i += THREAD_SIZE) {
    const url = `https://bench.kuzet.invalid/thread/${threads.length}`;
    threads.push(comments.slice(i, i + THREAD_SIZE).map((c) => ({ ...c, threadUrl: url })));
  }
  return threads;
}

const GOAL = 50_000;
const MIN_SECONDS = 2;

/**
 * Comments per second of `pass` over all threads, repeated until MIN_SECONDS have passed: per
 * second of wall time, and per second of this process's CPU time, which other work on a shared
 * machine hardly moves (the wall figure can fall tenfold under load, the CPU one should not).
 */
function rate(threads: readonly StoredComment[][], pass: (thread: StoredComment[]) => number): { perSecond: number; perCpuSecond: number; sink: number } {
  const total = threads.reduce((n, t) => n + t.length, 0);
  let sink = 0;
  let rounds = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  do {
    for (const t of threads) sink += pass(t);
    rounds++;
  } while (performance.now() - start < MIN_SECONDS * 1000);
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { perSecond: (total * rounds) / ((performance.now() - start) / 1000), perCpuSecond: (total * rounds) / cpuSeconds, sink };
}

/** One printed figure: scoring against the JSON round-trip, per wall or per CPU second. */
function line(figure: string, unit: string, scored: number, baseline: number, baselineWhat: string, note: string): BenchLine {
  return {
    figure, unit, value: Math.round(scored),
    baseline: { value: Math.round(baseline), what: baselineWhat },
    ratio: scored / baseline,
    goal: `≥ ${GOAL.toLocaleString('en')} comments/s on one core`,
    met: scored >= GOAL,
    note,
  };
}

export const scoring: BenchPart = async () => {
  const threads = realThreads();
  const comments = threads.reduce((n, t) => n + t.length, 0);
  const score = (thread: StoredComment[]) => {
    // Every round starts with no text remembered, so each comment is folded as on first sight
    // (the background remembers texts between rescores; a bench that kept them would time lookups).
    if (thread === threads[0]) forgetFoldedWords();
    const now = (thread[thread.length - 1]?.seenAt ?? 0) + 60_000;
    return scoreAuthors({ comments: thread, trusted: new Set() }, 'all', now).length;
  };
  const roundTrip = (thread: StoredComment[]) => (JSON.parse(JSON.stringify(thread)) as unknown[]).length;
  // Warm-up: one whole pass, so the JIT has compiled the scorer and the table of word keys holds
  // these threads' words, as in a background that has read a few pages; texts are still folded
  // afresh every round (see score).
  for (const t of threads) score(t);
  const scored = rate(threads, score);
  const baseline = rate(threads, roundTrip);
  const what = 'JSON round-trip of the same threads';
  return [
    line('scoring throughput', 'comments/s', scored.perSecond, baseline.perSecond, what,
      `${comments} real IRA comments in ${threads.length} threads of ≤200, every author scored with all signals, no text remembered between rounds (word keys are: after a warm-up pass)`),
    line('scoring throughput per CPU second', 'comments/CPU-s', scored.perCpuSecond, baseline.perCpuSecond, `${what}, per CPU second`,
      'the same passes timed by process CPU time (garbage collection threads included), so a busy machine does not hide the code\'s own speed'),
  ];
};

// Run alone: `npx tsx scripts/bench/scoring.ts` (the part `npm run bench` runs first).
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await scoring()) console.log(JSON.stringify(line));
}
