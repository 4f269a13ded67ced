// The background end of the content script's port, joined to the real content transport and the
// real router over an in-memory port pair (frames cloned as the browser clones them): a packed
// batch is stored and answered under its call number; the worker stopping mid-call loses no
// comment and stores none twice once the tab resends; a port from another extension or a page
// Kuzet does not serve is closed and its calls refused and counted; other ports are left alone.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb } from '../../../src/background/db.ts';
import { createRouter } from '../../../src/background/router.ts';
import { acceptContentPort, type ContentPort, type Route } from '../../../src/background/contentPort.ts';
import type { SenderFacts } from '../../../src/background/senderKind.ts';
import { portTransport, type PortLike } from '../../../src/content/portTransport.ts';
import { withRetry } from '../../../src/content/batchRetry.ts';
import { send } from '../../../src/messages.ts';
import { packComments } from '../../../src/messages/commentsPacking.ts';
import { CONTENT_PORT } from '../../../src/messages/portCalls.ts';
import { HN_THREAD, hnComment } from './hnComment.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const content: SenderFacts = { id: 'kuzet-id', url: HN_THREAD, tab: { id: 7 } };

/** Two joined port ends; `stop()` is the worker going away (the tab's end hears a disconnect). */
function portPair(sender: SenderFacts, name = CONTENT_PORT) {
  const tabHears: ((m: unknown) => void)[] = [];
  const tabDisconnect: (() => void)[] = [];
  const workerHears: ((m: unknown) => void)[] = [];
  let open = true;
  let closedByWorker = false;
  const deliver = (to: ((m: unknown) => void)[], m: unknown) => {
    if (!open) throw new Error('Attempting to use a disconnected port object');
    const copy = structuredClone(m);
    setTimeout(() => open && to.forEach((l) => l(copy)), 0);
  };
  const tab: PortLike = {
    postMessage: (m) => deliver(workerHears, m),
    disconnect: () => void (open = false),
    onMessage: { addListener: (l) => void tabHears.push(l) },
    onDisconnect: { addListener: (l) => void tabDisconnect.push(l) },
  };
  const worker: ContentPort = {
    name,
    sender,
    postMessage: (m) => deliver(tabHears, m),
    disconnect: () => {
      open = false;
      closedByWorker = true;
      tabDisconnect.forEach((l) => l());
    },
    onMessage: { addListener: (l) => void workerHears.push(l) },
  };
  return { tab, worker, stop: () => worker.disconnect(), closedByWorker: () => closedByWorker };
}

let db: KuzetDb;
let route: Route;
beforeEach(() => {
  db = openDb(`test-${Math.random()}`);
  let ids = 0;
  route = createRouter({ db, self, now: () => 1_000, newId: () => `r${++ids}` });
});

const batchOf = (...authors: string[]) =>
  packComments(authors.map((a, i) => hnComment(i + 1, a, { url: true })), { site: 'hackernews', threadUrl: HN_THREAD, links: { comment: 'https://news.ycombinator.com/item?id={}' } });

describe('content port', () => {
  it('stores a packed batch whole and answers each call with its own verdicts', async () => {
    const pair = portPair(content);
    acceptContentPort(pair.worker, self, route, Promise.resolve());
    const { transport } = portTransport(() => pair.tab);
    const copy = 'the very same words posted again by several accounts in this thread';
    const first = send(transport, 'comments/batch', batchOf('a', 'b'));
    // three accounts repeating a text after its first poster: only their call's answer flags them
    const copiers = packComments([hnComment(3, 'orig', { text: copy }), ...['c', 'd', 'e'].map((a, i) => hnComment(4 + i, a, { text: copy }))], { site: 'hackernews', threadUrl: HN_THREAD });
    const second = send(transport, 'comments/batch', copiers);
    expect((await first).verdicts.filter((v) => v.level !== 'none')).toEqual([]);
    expect((await second).verdicts.filter((v) => v.level !== 'none').map((v) => v.authorKey).sort()).toEqual(['hackernews:c', 'hackernews:d', 'hackernews:e']);
    expect((await db.comments.get('hackernews:2'))?.url).toBe('https://news.ycombinator.com/item?id=2');
    expect((await db.comments.get('hackernews:2'))?.threadUrl).toBe(HN_THREAD);
  });

  it('loses nothing when the worker stops mid-call: the tab resends on a new port, stored once', async () => {
    const pairs: ReturnType<typeof portPair>[] = [];
    const { transport } = portTransport(() => {
      const pair = portPair(content);
      pairs.push(pair);
      // the first worker dies before it can answer; the next one (woken by the new port) routes
      acceptContentPort(pair.worker, self, pairs.length === 1 ? () => new Promise(() => undefined) : route, Promise.resolve());
      return pair.tab;
    });
    const answer = withRetry(() => send(transport, 'comments/batch', batchOf('a', 'b', 'c')), new AbortController().signal, [1, 1]);
    await new Promise((r) => setTimeout(r, 5));
    pairs[0]!.stop();
    expect(Array.isArray((await answer).verdicts)).toBe(true);
    expect(pairs).toHaveLength(2);
    expect(await db.comments.count()).toBe(3);
  });

  it('closes a port from another extension or an unserved page, and refuses and counts its calls', async () => {
    for (const sender of [{ ...content, id: 'other' }, { ...content, url: 'https://evil.example/' }]) {
      const pair = portPair(sender);
      acceptContentPort(pair.worker, self, route, Promise.resolve());
      const { transport } = portTransport(() => pair.tab);
      const sent = send(transport, 'comments/batch', batchOf('a'));
      await expect(sent).rejects.toThrow(); // refused if it got through before the port closed, else lost with it
      expect(pair.closedByWorker()).toBe(true);
    }
    expect(await db.comments.count()).toBe(0);
  });

  it('leaves a port of another name alone', () => {
    const pair = portPair(content, 'someone-else');
    let listened = false;
    pair.worker.onMessage.addListener = () => void (listened = true);
    acceptContentPort(pair.worker, self, route, Promise.resolve());
    expect(listened).toBe(false);
    expect(pair.closedByWorker()).toBe(false);
  });
});
