// The in-memory copy of a thread's dated comments follows every batch by merging the batch in
// (no re-read, no re-sort): after new comments out of order, a repeated batch, an edited comment
// and a comment that lost its time, it must hold exactly what a fresh read of IndexedDB holds,
// and its timeline must count the same times and distinct authors.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { openDb } from '../../../../src/background/db.ts';
import { createRouter } from '../../../../src/background/router.ts';
import { datedThread, dropDatedThreads, threadTimeline } from '../../../../src/background/indexes/datedThreads.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const THREAD = 'https://news.ycombinator.com/item?id=1';
const T0 = Date.parse('2021-09-01T20:00:00Z');
const comment = (n: number, author: string, minute: number | undefined, text = `comment ${n} by ${author} says something`): Comment => ({
  id: `hackernews:${n}`,
  site: 'hackernews',
  authorKey: `hackernews:${author}`,
  displayName: author,
  text,
  threadUrl: THREAD,
  ...(minute === undefined ? {} : { time: T0 + minute * 60_000 }),
});

describe('dated thread cache', () => {
  it('merges each batch in and matches a fresh read', async () => {
    const db = openDb(`dated-${Math.random()}`);
    let clock = 1_000;
    const route = createRouter({ db, self, now: () => clock++, newId: () => 'r' });
    const send = (comments: Comment[]) => route({ kuzet: 1, type: 'comments/batch', payload: { comments } }, { id: 'kuzet-id', url: THREAD, tab: { id: 1 } });
    await send([comment(1, 'a', 10), comment(2, 'b', 30), comment(3, 'c', 20), comment(4, 'd', undefined)]);
    expect((await datedThread(db, THREAD)).map((c) => c.id)).toEqual(['hackernews:1', 'hackernews:3', 'hackernews:2']);

    await send([comment(5, 'a', 5), comment(6, 'e', 25), comment(7, 'b', 30), comment(8, 'f', 60)]);
    await send([comment(5, 'a', 5), comment(9, 'g', undefined)]); // a replayed comment and an undated one
    await send([comment(2, 'b', 30, 'comment 2 edited later by b')]); // same id, new text
    await send([comment(3, 'c', undefined, 'comment 3 edited and its time is gone')]);
    await send([comment(10, 'h', 25)]); // a lone late comment between two others

    const cached = await datedThread(db, THREAD);
    const timeline = await threadTimeline(db, THREAD);
    dropDatedThreads(db);
    const fresh = await datedThread(db, THREAD);
    expect(cached.map((c) => [c.id, c.text, c.time])).toEqual(fresh.map((c) => [c.id, c.text, c.time]));
    expect(cached.map((c) => c.id)).toEqual(['hackernews:5', 'hackernews:1', 'hackernews:6', 'hackernews:10', 'hackernews:2', 'hackernews:7', 'hackernews:8']);
    expect(timeline).toEqual(await threadTimeline(db, THREAD));
    expect(timeline.times).toEqual(fresh.map((c) => c.time));
    expect(timeline.authors).toBe(5); // a, e, h, b, f: c's only dated comment lost its time
  });
});
