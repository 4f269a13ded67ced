// Per-batch rescoring as a reader meets it: a new copy on a big thread flags its poster at once
// and the answer carries only the poster's verdict; the earlier copiers' changed verdicts follow
// after the answer, pushed to every tab (the sender's included); a replayed batch counts nothing
// twice; the indexes remember co-occurrence and copies across threads, so evidence from another
// thread reaches this thread's verdicts.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Comment, Verdict } from '../../../../src/core/model.ts';
import { type KuzetDb, openDb } from '../../../../src/background/db.ts';
import { createRouter } from '../../../../src/background/router.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const thread = (n: number) => `https://news.ycombinator.com/item?id=${n}`;
const COPY = 'I recommend the recent book if you are interested in test piloting and flying';

let db: KuzetDb;
let route: ReturnType<typeof createRouter>;
let pushes: { threadUrl: string; verdicts: readonly { authorKey: string; level: string }[]; except: number | undefined }[];
let ids = 0;
const comment = (author: string, threadNo = 1, text = `${author} writes something of their own here, number ${++ids} in all`): Comment => ({
  id: `hackernews:${++ids}`,
  site: 'hackernews',
  authorKey: `hackernews:${author}`,
  displayName: author,
  text,
  threadUrl: thread(threadNo),
});
const send = async (comments: Comment[], tab = 7) =>
  (await route({ kuzet: 1, type: 'comments/batch', payload: { comments } }, { id: 'kuzet-id', url: comments[0]!.threadUrl, tab: { id: tab } })) as { verdicts: Verdict[] };
const levels = (verdicts: readonly { authorKey: string; level: string }[]) => Object.fromEntries(verdicts.map((v) => [v.authorKey.replace('hackernews:', ''), v.level]));

beforeEach(() => {
  db = openDb(`incremental-${Math.random()}`);
  pushes = [];
  let clock = 1_000;
  route = createRouter({ db, self, now: () => clock++, newId: () => 'r', pushVerdicts: (threadUrl, verdicts, except) => void pushes.push({ threadUrl, verdicts, except }) });
});

describe('per-batch rescoring', { timeout: 60_000 }, () => {
  it('answers a new copy with its poster\'s verdict first; the earlier copier\'s change follows as a push', async () => {
    const crowd = Array.from({ length: 40 }, (_, i) => comment(`reader${i}`));
    await send([comment('orig', 1, COPY), ...crowd, comment('b', 1, COPY)]);
    pushes = [];
    const answer = await send([comment('c', 1, COPY)]);
    const pushedByAnswer = pushes.map((p) => Object.keys(levels(p.verdicts))).flat();
    // c copied the first poster's text (third account): c is flagged in the answer, and only c.
    expect(levels(answer.verdicts)).toEqual({ c: expect.not.stringMatching(/^none$/) });
    // The same thread open in another tab learns about c at once (the sender is skipped)...
    expect(pushes[0]).toMatchObject({ threadUrl: thread(1), except: 7 });
    expect(Object.keys(levels(pushes[0]!.verdicts))).toEqual(['c']);
    // ...and b's new flag (now one of two copiers) was not scored before the answer went out:
    expect(pushedByAnswer).not.toContain('b');
    // it follows, pushed to every tab, this one included.
    await vi.waitFor(() => expect(pushes.some((p) => p.except === undefined && p.verdicts.some((v) => v.authorKey === 'hackernews:b'))).toBe(true));
    const forB = pushes.find((p) => p.verdicts.some((v) => v.authorKey === 'hackernews:b'))!;
    expect(forB.threadUrl).toBe(thread(1));
    expect(levels(forB.verdicts)['b']).not.toBe('none');
    expect(pushes.flatMap((p) => p.verdicts).some((v) => v.authorKey.startsWith('hackernews:reader'))).toBe(false);
  });

  it('gives a tab opening an already-scored thread the standing flags of the authors it reads', async () => {
    const all = [comment('orig', 1, COPY), comment('b', 1, COPY), comment('c', 1, COPY), comment('x')];
    await send(all);
    const again = await send(all, 8);
    expect(levels(again.verdicts)).toEqual({ b: expect.any(String), c: expect.any(String) });
    expect(again.verdicts.every((v) => v.level !== 'none')).toBe(true);
  });

  it('counts nothing twice when a batch is replayed after the worker died', async () => {
    const batch = [comment('a', 1), comment('b', 1), comment('a', 2), comment('b', 2), comment('a', 3), comment('b', 3)];
    await send(batch);
    const before = { comments: await db.comments.toArray(), links: await db.nearLinks.count(), threads: await db.authorThreads.count() };
    await send(batch);
    await send(batch.slice(2));
    expect(await db.comments.toArray()).toEqual(before.comments);
    expect(await db.nearLinks.count()).toBe(before.links);
    expect(await db.authorThreads.count()).toBe(before.threads);
  });

  it('finds copies posted in another thread through the text index', async () => {
    await send([comment('orig', 1, COPY), comment('b', 1, COPY)]);
    // Thread 2 has only one copy; the two earlier ones are in thread 1.
    const answer = await send([comment('c', 2, COPY), comment('someone', 2)]);
    expect(levels(answer.verdicts)).toEqual({ c: expect.not.stringMatching(/^none$/) });
    // b's verdict in thread 1 changed too: pushed for thread 1 once the answer is out.
    await vi.waitFor(() => expect(pushes.some((p) => p.threadUrl === thread(1) && p.verdicts.some((v) => v.authorKey === 'hackernews:b' && v.level !== 'none'))).toBe(true));
  });

  it('keeps the name history each author showed', async () => {
    await send([{ ...comment('acct'), displayName: 'Anna' }]);
    await send([{ ...comment('acct'), displayName: 'Боря' }]);
    expect((await db.authors.get('hackernews:acct'))?.names).toEqual(['Anna', 'Боря']);
  });
});
