// A batch answers for its own authors first and leaves earlier copiers to idle jobs; once those
// ran, every stored verdict is what scoring the whole thread gives: deferring changed when
// copiers are scored, never what they end up with.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { openDb } from '../../../../src/background/db.ts';
import { createVerdictService } from '../../../../src/background/broadcast/verdictService.ts';
import { rescoreThread, rescoreUnlessYielding } from '../../../../src/background/handlers/rescoreThreads.ts';

const COPY = 'I recommend the recent book if you are interested in test piloting and flying';
const thread = (n: number) => `https://news.ycombinator.com/item?id=${n}`;
const START = Date.parse('2021-09-02T10:00:00Z');
let ids = 0;
const comment = (author: string, threadNo: number, minute: number, text = `${author} writes about something else entirely, comment ${ids + 1}`): Comment => ({
  id: `hackernews:${++ids}`, site: 'hackernews', authorKey: `hackernews:${author}`, displayName: author, text, threadUrl: thread(threadNo), time: START + minute * 60_000,
});

describe('copiers rescored after the answer', { timeout: 60_000 }, () => {
  it('end with the verdicts a whole-thread rescore gives', async () => {
    const db = openDb(`deferred-${Math.random()}`);
    const pushed: string[] = [];
    // No settle timer: only the per-batch path and its idle jobs write verdicts here.
    const service = createVerdictService({ db, now: () => START + 3_600_000, push: (_t, verdicts) => void pushed.push(...verdicts.map((v) => v.authorKey)), setTimer: () => 0, clearTimer: () => {} });
    const readers = Array.from({ length: 30 }, (_, i) => comment(`reader${i}`, 1, i));
    await service.batch({ comments: [comment('orig', 1, 0, COPY), ...readers] }, 1);
    for (const [i, author] of ['b', 'c', 'd', 'e'].entries()) {
      await service.batch({ comments: [comment(author, 1, 31 + i, COPY), comment(`${author}-reader`, 1, 31 + i)] }, 1);
    }
    await service.batch({ comments: [comment('f', 2, 40, COPY), comment('b', 2, 41, COPY)] }, 2);
    // Wait until the idle jobs are done: the serial queue runs dry and nothing more is pushed.
    let seen = -1;
    while (seen !== pushed.length) {
      seen = pushed.length;
      for (let i = 0; i < 20; i++) await service.rescore([]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(pushed).toContain('hackernews:b'); // the earlier copiers did move after their answers
    for (const n of [1, 2]) expect(await rescoreThread(db, thread(n), 'all', START + 3_600_000), `thread ${n}`).toEqual([]);
    expect((await db.verdicts.get([thread(1), 'hackernews:b']))?.level).not.toBe('none');
  });

  it('an idle rescore that steps aside for a batch writes nothing; one that does not, writes what rescoreThread would', async () => {
    const db = openDb(`yielding-${Math.random()}`);
    const service = createVerdictService({ db, now: () => START + 3_600_000, setTimer: () => 0, clearTimer: () => {} });
    await service.batch({ comments: [comment('orig', 1, 0, COPY), comment('b', 1, 5, COPY), comment('c', 1, 9, COPY)] }, 1);
    await db.verdicts.clear();
    const authors = ['hackernews:orig', 'hackernews:b', 'hackernews:c'];
    expect(await rescoreUnlessYielding(db, thread(1), authors, START + 3_600_000, { yieldNow: () => true })).toBeNull();
    expect(await db.verdicts.count()).toBe(0);
    const written = await rescoreUnlessYielding(db, thread(1), authors, START + 3_600_000, { yieldNow: () => false });
    expect(written?.filter((v) => v.level !== 'none').map((v) => v.authorKey)).toContain('hackernews:c'); // a copier is flagged again
    expect(await rescoreThread(db, thread(1), 'all', START + 3_600_000)).toEqual([]); // the same as the whole thread's
  });
});
