// Upgrading a version-1 database (the walking skeleton's) to version 2 loses nothing: every
// comment, author, verdict, queued report, tab and counter is still there, and the new indexes
// are built from the old comments, so a copy seen before the upgrade still counts after it.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../../../../src/background/db.ts';
import { createRouter } from '../../../../src/background/router.ts';
import type { Report, StoredComment } from '../../../../src/core/model.ts';
import { hnComment } from '../hnComment.ts';

const THREAD = (n: number) => `https://news.ycombinator.com/item?id=${n}`;
const COPY = 'I recommend the recent book if you are interested in test piloting and flying';
/** As version 1 stored it: the comment as the page gave it, and when and in which order it was seen. */
const stored = (n: number, author: string, thread: number, text?: string): StoredComment => ({
  ...hnComment(n, author, { threadUrl: THREAD(thread), ...(text === undefined ? {} : { text }) }), seenAt: 1_000 + n, seq: n,
});

/** Version 1 exactly as the walking skeleton declared it. */
function openVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    comments: 'id, threadUrl, authorKey, seq',
    authors: 'key',
    verdicts: '[threadUrl+authorKey], threadUrl, authorKey',
    reportQueue: 'id, authorKey, status, createdAt',
    tabs: 'tabId',
    counters: 'name',
  });
  return v1;
}

describe('schema migration from version 1', () => {
  it('keeps every row and builds the indexes from the old comments', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = openVersion1(name);
    const comments = [stored(1, 'orig', 1, COPY), stored(2, 'b', 1, COPY), stored(3, 'b', 2), stored(4, 'orig', 2), stored(5, 'b', 3), stored(6, 'orig', 3)];
    const report: Report = { id: 'r1', authorKey: 'hackernews:b', displayName: 'b', category: 'coordinated', note: '', evidence: [], reasons: [], createdAt: 5, status: 'queued' };
    const before = {
      comments,
      authors: [{ key: 'hackernews:b', site: 'hackernews', displayName: 'b', names: ['bee', 'b'], firstSeen: 1, lastSeen: 2 }],
      verdicts: [{ threadUrl: THREAD(1), authorKey: 'hackernews:b', displayName: 'b', score: 0.1, level: 'none', reasons: [], computedAt: 3 }],
      reportQueue: [report],
      tabs: [{ tabId: 4, threadUrl: THREAD(1), updatedAt: 9 }],
      counters: [{ name: 'seq', value: 6 }],
    };
    for (const [table, rows] of Object.entries(before)) await v1.table(table).bulkPut(rows);
    v1.close();

    const db = openDb(name);
    for (const [table, rows] of Object.entries(before)) {
      expect(await db.table(table).toArray(), table).toEqual(expect.arrayContaining(rows.map((r) => expect.objectContaining(r))));
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
    expect((await db.threads.toCollection().primaryKeys()).sort()).toEqual([THREAD(1), THREAD(2), THREAD(3)]);
    expect(await db.authorThreads.count()).toBe(6);
    expect(await db.nearLinks.toArray()).toEqual([expect.objectContaining({ a: 'hackernews:1', b: 'hackernews:2' })]);

    // The old copies still count: a third account posting the text is flagged at once, and b
    // (an earlier copier, rescored after the answer) soon after.
    const route = createRouter({ db, self: { extensionId: 'k', extensionOrigin: 'chrome-extension://k/', hostPatterns: ['https://news.ycombinator.com/*'] }, now: () => 10_000, newId: () => 'x' });
    const comment = { id: 'hackernews:7', site: 'hackernews', authorKey: 'hackernews:c', displayName: 'c', text: COPY, threadUrl: THREAD(1) };
    const answer = (await route({ kuzet: 1, type: 'comments/batch', payload: { comments: [comment] } }, { id: 'k', url: THREAD(1), tab: { id: 1 } })) as { verdicts: { authorKey: string; level: string }[] };
    expect(answer.verdicts.filter((v) => v.level !== 'none').map((v) => v.authorKey)).toEqual(['hackernews:c']);
    await vi.waitFor(async () => expect((await db.verdicts.get([THREAD(1), 'hackernews:b']))?.level).not.toBe('none'), { timeout: 10_000 });
    expect((await db.comments.get('hackernews:7'))?.seq).toBe(7);
    db.close();
  });
});
