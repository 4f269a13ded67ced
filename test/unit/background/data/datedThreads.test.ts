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
import { HN_THREAD as THREAD, hnComment } from '../hnComment.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const T0 = Date.parse('2021-09-01T20:00:00Z');
/** `minute` minutes into the thread. */
const at = (minute: number) => T0 + minute * 60_000;

describe('dated thread cache', () => {
  it('merges each batch in and matches a fresh read', async () => {
    const db = openDb(`dated-${Math.random()}`);
    let clock = 1_000;
    const route = createRouter({ db, self, now: () => clock++, newId: () => 'r' });
    const send = (comments: Comment[]) => route({ kuzet: 1, type: 'comments/batch', payload: { comments } }, { id: 'kuzet-id', url: THREAD, tab: { id: 1 } });
    await send([hnComment(1, 'a', { time: at(10) }), hnComment(2, 'b', { time: at(30) }), hnComment(3, 'c', { time: at(20) }), hnComment(4, 'd')]);
    expect((await datedThread(db, THREAD)).map((c) => c.id)).toEqual(['hackernews:1', 'hackernews:3', 'hackernews:2']);

    await send([hnComment(5, 'a', { time: at(5) }), hnComment(6, 'e', { time: at(25) }), hnComment(7, 'b', { time: at(30) }), hnComment(8, 'f', { time: at(60) })]);
    await send([hnComment(5, 'a', { time: at(5) }), hnComment(9, 'g')]); // a replayed comment and an undated one
    await send([hnComment(2, 'b', { text: 'comment 2 edited later by b', time: at(30) })]); // same id, new text
    await send([hnComment(3, 'c', { text: 'comment 3 edited and its time is gone' })]);
    await send([hnComment(10, 'h', { time: at(25) })]); // a lone late comment between two others

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
