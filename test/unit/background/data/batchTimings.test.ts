// The content-script bench (scripts/bench/content/insertTimings.ts) says what a late comment's
// batch waited behind: with timings on, a batch arriving while an idle rescore runs is recorded
// as behind that rescore, and each queue job says what it was; with timings off the worker keeps
// nothing, and each later measurement starts clean.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { openDb } from '../../../../src/background/db.ts';
import { createVerdictService, type VerdictService } from '../../../../src/background/broadcast/verdictService.ts';

type Sink = { kuzetBatchTimings?: unknown };
type TimingRecord = Record<string, number | string>;
const COPY = 'I recommend the recent book if you are interested in test piloting and flying';
const thread = 'https://news.ycombinator.com/item?id=1';
const START = Date.parse('2021-09-02T10:00:00Z');
let ids = 0;
const comment = (author: string, minute: number, text = `${author} writes about something else entirely, comment ${ids + 1}`): Comment => ({
  id: `hackernews:${++ids}`, site: 'hackernews', authorKey: `hackernews:${author}`, displayName: author, text, threadUrl: thread, time: START + minute * 60_000,
});

/** No settle timer unless the test passes one: the idle work is then the earlier copiers a batch leaves for later. */
function service(setTimer: (run: () => void) => unknown = () => 0): VerdictService {
  return createVerdictService({ db: openDb(`timings-${Math.random()}`), now: () => START + 3_600_000, setTimer, clearTimer: () => {} });
}

/** Waits until the serial queue runs dry (a list rescore of nothing is queued behind everything). */
async function settle(verdicts: VerdictService): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await verdicts.rescore([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const readers = () => Array.from({ length: 12 }, (_, i) => comment(`reader${i}`, i));

afterEach(() => void delete (globalThis as Sink).kuzetBatchTimings);

describe('batch timings for the content-script bench', { timeout: 30_000 }, () => {
  it('records a batch queued behind an idle rescore as behind that rescore', async () => {
    const verdicts = service();
    await verdicts.batch({ comments: [comment('orig', 0, COPY), ...readers()] }, 1);
    await settle(verdicts);
    const records: TimingRecord[] = [];
    (globalThis as Sink).kuzetBatchTimings = records;
    // A copier's batch leaves the original author to an idle rescore that starts as it answers;
    // the next batch arrives while that rescore runs.
    await verdicts.batch({ comments: [comment('copier', 30, COPY)] }, 1);
    await verdicts.batch({ comments: [comment('late', 31)] }, 1);
    await settle(verdicts);

    const arrived = records.filter((r) => r['kind'] === 'arrived');
    expect(arrived.map((r) => r['behind'])).toEqual(['nothing', 'idle rescore of 1']);
    for (const r of arrived) for (const phase of ['at', 'started', 'stored', 'scored', 'answered']) expect(typeof r[phase], phase).toBe('number');
    const jobs = records.filter((r) => r['kind'] === 'job');
    for (const r of jobs) expect(r['end']).toBeGreaterThanOrEqual(Number(r['at']));
    // The rescore stepped aside for the waiting batch, which started once it ended; the rescores
    // after it are sized by the clock, and the list rescores of nothing are plain jobs.
    const named = jobs.filter((r) => r['what'] !== 'job');
    expect(named.slice(0, 3).map((r) => r['what'])).toEqual(['batch', 'idle rescore, stepped aside', 'batch']);
    for (const r of named.slice(3)) expect(r['what']).toMatch(/^idle rescore of \d+$/);
    const [aside, late] = [named[1]!, arrived[1]!];
    expect(Number(late['at'])).toBeGreaterThanOrEqual(Number(aside['at']));
    expect(Number(late['at'])).toBeLessThanOrEqual(Number(aside['end']));
    expect(Number(late['started'])).toBeGreaterThanOrEqual(Number(aside['end']));
    expect(jobs.filter((r) => r['what'] === 'job')).toHaveLength(20);
  });

  it('keeps nothing while timings are off, and each measurement starts clean', async () => {
    const verdicts = service();
    const first: TimingRecord[] = [];
    (globalThis as Sink).kuzetBatchTimings = first;
    await verdicts.batch({ comments: [comment('orig', 0, COPY), ...readers()] }, 1);
    await settle(verdicts);
    const kept = first.length;
    expect(kept).toBeGreaterThan(0);
    delete (globalThis as Sink).kuzetBatchTimings;
    await verdicts.batch({ comments: [comment('copier', 30, COPY)] }, 1);
    await verdicts.batch({ comments: [comment('late', 31)] }, 1); // behind an idle rescore, unmeasured
    await settle(verdicts);
    expect(first).toHaveLength(kept); // nothing recorded while off
    const second: TimingRecord[] = [];
    (globalThis as Sink).kuzetBatchTimings = second;
    await verdicts.batch({ comments: [comment('fresh', 32)] }, 1);
    await settle(verdicts);
    // The next measured batch found the queue idle: no label lingers from earlier jobs.
    expect(second.filter((r) => r['kind'] === 'arrived').map((r) => r['behind'])).toEqual(['nothing']);
    expect(second.filter((r) => r['kind'] === 'job' && r['what'] === 'batch')).toHaveLength(1);
  });

  it('names the listing of a settled thread, then its rescores', async () => {
    const timers: (() => void)[] = [];
    const verdicts = service((run) => timers.push(run));
    await verdicts.batch({ comments: [comment('orig', 0, COPY), ...readers()] }, 1);
    await settle(verdicts);
    const records: TimingRecord[] = [];
    (globalThis as Sink).kuzetBatchTimings = records;
    for (const run of timers.splice(0)) run(); // the thread's activity settled
    await settle(verdicts);
    const named = records.filter((r) => r['kind'] === 'job' && r['what'] !== 'job').map((r) => String(r['what']));
    expect(named[0]).toBe('settled thread listed');
    expect(named.length).toBeGreaterThan(1);
    for (const what of named.slice(1)) expect(what).toMatch(/^idle rescore of \d+$/);
  });
});
