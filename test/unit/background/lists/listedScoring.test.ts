// Subscribed lists reach the badges: through the router, a list naming an author flags them
// with the `listed` reason (naming the list); subscribing while a thread is open rescores it;
// unsubscribing clears it again. The list is a real signed one served by a fake static host.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb } from '../../../../src/background/db.ts';
import { createListsService } from '../../../../src/background/lists/listsService.ts';
import { createRouter } from '../../../../src/background/router.ts';
import { entry, listPublisher } from '../../core/lists/signedList.ts';
import { listHost } from './listHost.ts';
import { HN_THREAD as THREAD, hnComment } from '../hnComment.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const content = { id: 'kuzet-id', url: THREAD, tab: { id: 7 } };
const popup = { id: 'kuzet-id', url: 'chrome-extension://kuzet-id/popup.html' };
const BASE = 'https://lists.example.org/hn';


let db: KuzetDb;
let route: ReturnType<typeof createRouter>;
let publicKey: string;
beforeEach(async () => {
  db = openDb(`listed-${Math.random()}`);
  const host = listHost(BASE);
  const lists = await listPublisher('HN sock puppets');
  publicKey = lists.publicKey;
  host.serve((await lists.publish(1, [entry('hackernews:sock', 'fake'), entry('hackernews:other-thread-only', 'fake')])).files);
  let clock = 1_800_000_000_000;
  const service = createListsService({ db, fetch: host.fetch, now: () => clock++ });
  // A push target is given as in the worker: the verdict service rescores only when it has somewhere to push.
  route = createRouter({ db, self, now: () => clock++, newId: () => `id-${clock}`, lists: service, pushVerdicts: () => undefined });
});

const page = (type: string, payload: object) => route({ kuzet: 1, type, payload }, popup);
const verdictOf = async (author: string) => db.verdicts.get([THREAD, `hackernews:${author}`]);

describe('listed authors in scoring', () => {
  it('flags the listed author once subscribed, names the list, leaves the others alone; unsubscribing clears it', async () => {
    await route({ kuzet: 1, type: 'comments/batch', payload: { comments: [hnComment(1, 'sock'), hnComment(2, 'honest')] } }, content);
    expect((await verdictOf('sock'))?.level).toBe('none');

    const status = (await page('lists/subscribe', { url: BASE, publicKey, trust: 1 })) as { subscriptions: { state: string }[] };
    expect(status.subscriptions[0]?.state).toBe('ok');
    const sock = await verdictOf('sock');
    expect(sock?.level).not.toBe('none');
    const reason = sock?.reasons.find((r) => r.id === 'listed');
    expect(reason?.sentence.substitutions).toEqual(['1', 'HN sock puppets']);
    expect((await verdictOf('honest'))?.reasons.map((r) => r.id)).not.toContain('listed');

    await page('lists/unsubscribe', { url: BASE });
    expect((await verdictOf('sock'))?.reasons.map((r) => r.id)).not.toContain('listed');
  });

  it('refuses a subscription message from a content script', async () => {
    expect(await route({ kuzet: 1, type: 'lists/subscribe', payload: { url: BASE, publicKey, trust: 1 } }, content)).toEqual({ error: 'refused' });
  });
});
