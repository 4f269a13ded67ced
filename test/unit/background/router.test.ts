// The background as the content script and popup meet it: senders checked, payloads
// validated, batches stored once, copiers flagged, reports queued with their evidence.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import { type KuzetDb, openDb } from '../../../src/background/db.ts';
import { createRouter } from '../../../src/background/router.ts';
import { HN_THREAD as THREAD, hnComment } from './hnComment.ts';

const self = {
  extensionId: 'kuzet-id',
  extensionOrigin: 'chrome-extension://kuzet-id/',
  hostPatterns: ['https://news.ycombinator.com/*'],
};
const content = { id: 'kuzet-id', url: THREAD, tab: { id: 7 } };
const popup = { id: 'kuzet-id', url: 'chrome-extension://kuzet-id/popup.html' };
const TEXT = 'I recommend the recent book if you are interested in test piloting';

const batch = (comments: Comment[]) => ({ kuzet: 1, type: 'comments/batch', payload: { comments } });

let db: KuzetDb;
let route: ReturnType<typeof createRouter>;
let clock = 1000;
beforeEach(async () => {
  db = openDb(`test-${Math.random()}`);
  let ids = 0;
  route = createRouter({ db, self, now: () => clock++, newId: () => `r${++ids}` });
});

describe('router', () => {
  it('refuses and counts messages from another extension or a web page', async () => {
    expect(await route(batch([hnComment(1, 'a', { url: true })]), { ...content, id: 'other' })).toEqual({ error: 'refused' });
    expect(await route(batch([hnComment(1, 'a', { url: true })]), { ...content, url: 'https://evil.example/' })).toEqual({ error: 'refused' });
    expect((await db.counters.get('refused:sender'))?.value).toBe(2);
    expect(await db.comments.count()).toBe(0);
  });

  it('refuses a page-only message from a content script, and malformed payloads', async () => {
    expect(await route({ kuzet: 1, type: 'tab/summary', payload: { tabId: 7 } }, content)).toEqual({ error: 'refused' });
    expect(await route(batch([{ ...hnComment(1, 'a', { url: true }), threadUrl: 'not a url' }]), content)).toEqual({ error: 'refused' });
    expect(await route({ kuzet: 1, type: 'nope', payload: {} }, content)).toEqual({ error: 'refused' });
    expect((await db.counters.get('refused:payload'))?.value).toBe(2);
  });

  it('flags those who repeat a text after its first poster, and not the first poster', async () => {
    await route(batch([hnComment(1, 'orig', { text: TEXT, url: true }), hnComment(2, 'x', { url: true })]), content);
    const answer = (await route(batch([hnComment(3, 'b', { text: TEXT, url: true }), hnComment(4, 'c', { text: TEXT, url: true }), hnComment(5, 'd', { text: TEXT, url: true })]), content)) as {
      verdicts: { authorKey: string; level: string }[];
    };
    const flagged = answer.verdicts.filter((v) => v.level !== 'none').map((v) => v.authorKey).sort();
    expect(flagged).toEqual(['hackernews:b', 'hackernews:c', 'hackernews:d']);
  });

  it('stores a retried batch once, keeping the order it was first seen', async () => {
    await route(batch([hnComment(1, 'a', { url: true }), hnComment(2, 'b', { url: true })]), content);
    await route(batch([hnComment(2, 'b', { url: true }), hnComment(3, 'c', { url: true })]), content);
    expect(await db.comments.count()).toBe(3);
    expect((await db.comments.get('hackernews:2'))?.seq).toBe(2);
    expect((await db.comments.get('hackernews:3'))?.seq).toBe(3);
  });

  it('summarises the tab and queues a report once, with evidence', async () => {
    await route(batch([1, 2, 3, 4].map((n) => hnComment(n, `u${n}`, { text: TEXT, url: true }))), content);
    const summary = (await route({ kuzet: 1, type: 'tab/summary', payload: { tabId: 7 } }, popup)) as {
      comments: number;
      authors: number;
      flagged: unknown[];
    };
    expect(summary).toMatchObject({ comments: 4, authors: 4 });
    expect(summary.flagged).toHaveLength(3);
    const enqueue = { kuzet: 1, type: 'report/enqueue', payload: { authorKey: 'hackernews:u2', threadUrl: THREAD, category: 'coordinated', note: '' } };
    const first = (await route(enqueue, popup)) as { report: { id: string; status: string; evidence: { text: string }[] } };
    expect(first.report).toMatchObject({ status: 'queued', evidence: [{ text: TEXT }] });
    const again = (await route(enqueue, popup)) as { report: { id: string } };
    expect(again.report.id).toBe(first.report.id);
    expect(await db.reportQueue.count()).toBe(1);
  });

  it('describes a tab it has read nothing in as empty', async () => {
    expect(await route({ kuzet: 1, type: 'tab/summary', payload: { tabId: 99 } }, popup)).toMatchObject({ threadUrl: null, comments: 0 });
  });
});
