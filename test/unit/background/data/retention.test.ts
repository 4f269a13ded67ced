// Retention and the storage-quota watch as a user meets them: threads not seen for the
// configured days are forgotten whole (their comments, indexes and verdicts), recent ones stay,
// and when storage runs short the oldest threads go first and the popup is told how many.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../../src/background/db.ts';
import { handleDataStatus } from '../../../../src/background/retention/dataStatus.ts';
import { DAY_MS, maybeRunRetention } from '../../../../src/background/retention/retention.ts';
import { storeComments } from '../../../../src/background/handlers/storeComments.ts';
import { hnComment } from '../hnComment.ts';

const thread = (n: number) => `https://news.ycombinator.com/item?id=${n}`;

async function threeThreads() {
  const db = openDb(`retention-${Math.random()}`);
  await storeComments(db, [hnComment(1, 'a1', { threadUrl: thread(1) }), hnComment(2, 'a2', { threadUrl: thread(1) })], 0); // 40 days ago, below
  await storeComments(db, [hnComment(3, 'a3', { threadUrl: thread(2) })], 20 * DAY_MS);
  await storeComments(db, [hnComment(4, 'a4', { threadUrl: thread(3) })], 39 * DAY_MS);
  return db;
}

describe('retention', () => {
  it('forgets threads older than the retention days, whole, and keeps the rest', async () => {
    const db = await threeThreads();
    const now = 40 * DAY_MS;
    expect(await maybeRunRetention({ db, now, retentionDays: 30 })).toBe(true);
    expect((await db.comments.toCollection().primaryKeys()).sort()).toEqual(['hackernews:3', 'hackernews:4']);
    expect((await db.threads.toCollection().primaryKeys()).sort()).toEqual([thread(2), thread(3)]);
    expect(await db.nearText.where('threadUrl').equals(thread(1)).count()).toBe(0);
    expect(await db.authorThreads.where('threadUrl').equals(thread(1)).count()).toBe(0);
    expect(await db.authors.get('hackernews:a1')).toBeUndefined();
    expect((await db.counters.get('data:expiredComments'))?.value).toBe(2);
    // At most once an hour.
    expect(await maybeRunRetention({ db, now: now + 60_000, retentionDays: 1 })).toBe(false);
    expect(await db.comments.count()).toBe(2);
  });

  it('evicts the oldest threads first when storage is nearly full, and says so', async () => {
    const db = await threeThreads();
    // 95% used; each thread forgotten frees 20 points in this fake browser, so two must go.
    const estimate = async () => ({ usage: 95 - 20 * (3 - (await db.threads.count())), quota: 100 });
    await maybeRunRetention({ db, now: 40 * DAY_MS, retentionDays: 3650, estimate });
    expect((await db.threads.toCollection().primaryKeys()).sort()).toEqual([thread(3)]);
    const status = await handleDataStatus(db, 3650);
    expect(status.evictedComments).toBe(3);
    expect(status.notice).toEqual({ key: 'data_evicted', substitutions: ['3'], count: 3 });
  });
});
