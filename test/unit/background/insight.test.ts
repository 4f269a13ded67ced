// The insight messages as the popup and options page meet them: notes stored, read and
// cleared; an author's history; a tab's timeline and network after a brigade's batch; the
// personal list; and a content script may send none of them.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb } from '../../../src/background/db.ts';
import { createRouter } from '../../../src/background/router.ts';
import { parseResponse } from '../../../src/messages.ts';
import { HN_THREAD as THREAD, hnComment } from './hnComment.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const content = { id: 'kuzet-id', url: THREAD, tab: { id: 7 } };
const popup = { id: 'kuzet-id', url: 'chrome-extension://kuzet-id/popup.html' };
const TEXT = 'I recommend the recent book if you are interested in test piloting and flight history';
const T0 = Date.UTC(2025, 0, 15, 9, 0);

const env = (type: string, payload: unknown) => ({ kuzet: 1, type, payload });

let db: KuzetDb;
let route: ReturnType<typeof createRouter>;
beforeEach(() => {
  db = openDb(`insight-${Math.random()}`);
  let clock = 1000;
  route = createRouter({ db, self, now: () => clock++, newId: () => 'id' });
});

async function brigade() {
  const honest = Array.from({ length: 6 }, (_, i) => hnComment(i + 1, `user${i}`, { text: `an honest comment number ${i} about books and planes`, url: true, time: T0 + i * 4 * 60_000 }));
  const copies = ['orig', 'a', 'b', 'c'].map((who, i) => hnComment(100 + i, who, { text: TEXT, url: true, time: T0 + (30 + i) * 60_000 }));
  await route(env('comments/batch', { comments: [...honest, ...copies] }), content);
}

describe('insight messages', () => {
  it('stores, reads and clears a private note', async () => {
    const set = parseResponse('author/note', await route(env('author/note', { authorKey: 'hackernews:a', text: '  my neighbour  ' }), popup));
    expect(set.note).toEqual({ authorKey: 'hackernews:a', text: 'my neighbour', updatedAt: expect.any(Number) });
    expect(parseResponse('author/note', await route(env('author/note', { authorKey: 'hackernews:a' }), popup)).note?.text).toBe('my neighbour');
    await route(env('author/note', { authorKey: 'hackernews:a', text: '' }), popup);
    expect(parseResponse('author/note', await route(env('author/note', { authorKey: 'hackernews:a' }), popup)).note).toBeNull();
  });

  it('describes an author, their note and whether they are trusted', async () => {
    await brigade();
    await route(env('author/note', { authorKey: 'hackernews:a', text: 'seen before' }), popup);
    await db.trusted.put({ authorKey: 'hackernews:a', displayName: 'a', addedAt: 1 });
    const details = parseResponse('author/details', await route(env('author/details', { authorKey: 'hackernews:a' }), popup));
    expect(details).toMatchObject({ names: ['a'], comments: 1, threads: 1, trusted: true, note: { text: 'seen before' } });
  });

  it('plots the tab thread per minute with the copiers highlighted, and joins them in the network', async () => {
    await brigade();
    const timeline = parseResponse('tab/timeline', await route(env('tab/timeline', { tabId: 7 }), popup));
    expect(timeline.threadUrl).toBe(THREAD);
    expect(timeline.buckets.reduce((n, b) => n + b.total, 0)).toBe(10);
    expect(timeline.buckets.filter((b) => b.flagged > 0).map((b) => (b.minute - T0) / 60_000)).toEqual([31, 32, 33]);
    const network = parseResponse('tab/network', await route(env('tab/network', { tabId: 7 }), popup));
    expect(network.nodes.map((n) => n.authorKey).sort()).toEqual(['hackernews:a', 'hackernews:b', 'hackernews:c']);
    expect(network.edges.filter((e) => e.type === 'sameText')).toHaveLength(3);
    expect(parseResponse('tab/timeline', await route(env('tab/timeline', { tabId: 99 }), popup))).toEqual({ threadUrl: null, buckets: [], undated: 0 });
  });

  it('lists the trusted authors and notes for export', async () => {
    await db.trusted.put({ authorKey: 'vk:1', displayName: 'Айгүл', addedAt: 5 });
    await route(env('author/note', { authorKey: 'vk:2', text: 'bot?' }), popup);
    const list = parseResponse('personal/list', await route(env('personal/list', {}), popup));
    expect(list.trusted).toEqual([{ authorKey: 'vk:1', displayName: 'Айгүл', addedAt: 5 }]);
    expect(list.notes.map((n) => n.text)).toEqual(['bot?']);
  });

  it('refuses every insight message from a content script', async () => {
    for (const [type, payload] of [['author/note', { authorKey: 'x' }], ['tab/timeline', { tabId: 7 }], ['personal/list', {}]] as const) {
      expect(await route(env(type, payload), content)).toEqual({ error: 'refused' });
    }
  });
});
