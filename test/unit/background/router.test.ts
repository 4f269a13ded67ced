// The background as the content script and popup meet it: senders checked, payloads
// validated, batches stored once, copiers flagged, reports queued with their evidence.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import { type KuzetDb, openDb } from '../../../src/background/db.ts';
import { createRouter } from '../../../src/background/router.ts';

const self = {
  extensionId: 'kuzet-id',
  extensionOrigin: 'chrome-extension://kuzet-id/',
  hostPatterns: ['https://news.ycombinator.com/*'],
};
const THREAD = 'https://news.ycombinator.com/item?id=1';
const content = { id: 'kuzet-id', url: THREAD, tab: { id: 7 } };
const popup = { id: 'kuzet-id', url: 'chrome-extension://kuzet-id/popup.html' };
const TEXT = 'I recommend the recent book if you are interested in test piloting';

const comment = (n: number, author: string, text = `comment number ${n} by ${author} with enough words`): Comment => ({
  id: `hackernews:${n}`,
  site: 'hackernews',
  authorKey: `hackernews:${author}`,
  displayName: author,
  text,
  threadUrl: THREAD,
  url: `https://news.ycombinator.com/item?id=${n}`,
});
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
    expect(await route(batch([comment(1, 'a')]), { ...content, id: 'other' })).toEqual({ error: 'refused' });
    expect(await route(batch([comment(1, 'a')]), { ...content, url: 'https://evil.example/' })).toEqual({ error: 'refused' });
    expect((await db.counters.get('refused:sender'))?.value).toBe(2);
    expect(await db.comments.count()).toBe(0);
  });

  it('refuses a page-only message from a content script, and malformed payloads', async () => {
    expect(await route({ kuzet: 1, type: 'tab/summary', payload: { tabId: 7 } }, content)).toEqual({ error: 'refused' });
    expect(await route(batch([{ ...comment(1, 'a'), threadUrl: 'not a url' }]), content)).toEqual({ error: 'refused' });
    expect(await route({ kuzet: 1, type: 'nope', payload: {} }, content)).toEqual({ error: 'refused' });
    expect((await db.counters.get('refused:payload'))?.value).toBe(2);
  });

  it('flags those who repeat a text after its first poster, and not the first poster', async () => {
    await route(batch([comment(1, 'orig', TEXT), comment(2, 'x')]), content);
    const answer = (await route(batch([comment(3, 'b', TEXT), comment(4, 'c', TEXT), comment(5, 'd', TEXT)]), content)) as {
      verdicts: { authorKey: string; level: string }[];
    };
    const flagged = answer.verdicts.filter((v) => v.level !== 'none').map((v) => v.authorKey).sort();
    expect(flagged).toEqual(['hackernews:b', 'hackernews:c', 'hackernews:d']);
  });

  it('stores a retried batch once, keeping the order it was first seen', async () => {
    await route(batch([comment(1, 'a'), comment(2, 'b')]), content);
    await route(batch([comment(2, 'b'), comment(3, 'c')]), content);
    expect(await db.comments.count()).toBe(3);
    expect((await db.comments.get('hackernews:2'))?.seq).toBe(2);
    expect((await db.comments.get('hackernews:3'))?.seq).toBe(3);
  });

  it('summarises the tab and queues a report once, with evidence', async () => {
    await route(batch([1, 2, 3, 4].map((n) => comment(n, `u${n}`, TEXT))), content);
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
