// "This person is real" (C1): a trusted author is never flagged; every thread holding them is
// rescored and the change pushed to the tabs, and taking the trust back brings the flag back.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { openDb } from '../../../../src/background/db.ts';
import { createRouter } from '../../../../src/background/router.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const COPY = 'I recommend the recent book if you are interested in test piloting and flying';
const thread = (n: number) => `https://news.ycombinator.com/item?id=${n}`;
let n = 0;
const comment = (author: string, t: number): Comment => ({ id: `hackernews:${++n}`, site: 'hackernews', authorKey: `hackernews:${author}`, displayName: author, text: COPY, threadUrl: thread(t) });

describe('author/trust', () => {
  it('clears the flag in every thread, pushes it to the tabs, and refuses content scripts', async () => {
    const db = openDb(`trust-${Math.random()}`);
    const pushes: { threadUrl: string; verdicts: readonly { authorKey: string; level: string }[] }[] = [];
    const route = createRouter({ db, self, now: () => 5_000, newId: () => 'r', pushVerdicts: (threadUrl, verdicts) => void pushes.push({ threadUrl, verdicts }) });
    const batch = (comments: Comment[]) => route({ kuzet: 1, type: 'comments/batch', payload: { comments } }, { id: 'kuzet-id', url: thread(1), tab: { id: 3 } });
    await batch([comment('orig', 1), comment('b', 1), comment('c', 1)]);
    await batch([comment('orig', 2), comment('b', 2), comment('c', 2)]);
    const levelOf = async (t: number) => (await db.verdicts.get([thread(t), 'hackernews:c']))?.level;
    expect(await levelOf(1)).not.toBe('none');

    const trust = (trusted: boolean) => ({ kuzet: 1, type: 'author/trust', payload: { authorKey: 'hackernews:c', displayName: 'c', trusted } });
    const popup = { id: 'kuzet-id', url: 'chrome-extension://kuzet-id/popup.html' };
    expect(await route(trust(true), { id: 'kuzet-id', url: thread(1), tab: { id: 3 } })).toEqual({ error: 'refused' });

    // Thread 2's copies moved b's and c's verdicts in thread 1 too: that push follows the answer.
    const forB = () => pushes.filter((p) => p.threadUrl === thread(1) && p.verdicts.some((v) => v.authorKey === 'hackernews:b'));
    await vi.waitFor(() => expect(forB()).toHaveLength(2), { timeout: 10_000 }); // batch 1's, then this one
    pushes.length = 0;
    expect(await route(trust(true), popup)).toEqual({ trusted: true });
    expect(await db.trusted.get('hackernews:c')).toMatchObject({ displayName: 'c', addedAt: 5_000 });
    expect([await levelOf(1), await levelOf(2)]).toEqual(['none', 'none']);
    expect(pushes.map((p) => [p.threadUrl, p.verdicts.map((v) => `${v.authorKey}:${v.level}`)]).sort()).toEqual([
      [thread(1), ['hackernews:c:none']],
      [thread(2), ['hackernews:c:none']],
    ]);
    // New evidence does not bring the badge back while trusted.
    await batch([comment('c', 1)]);
    expect(await levelOf(1)).toBe('none');

    expect(await route(trust(false), popup)).toEqual({ trusted: false });
    expect(await levelOf(1)).not.toBe('none');
  });
});
