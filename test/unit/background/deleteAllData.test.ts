// "Delete all local data" as the options page meets it through the router: after it, every table
// of the database is empty (whatever rooms added), the extension's storage is cleared and the
// site-rules registrations are re-read; a content script, or a message without the confirmation,
// erases nothing. Also the dev-only e2e message: refused where no opener was given (release).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb } from '../../../src/background/db.ts';
import { createRouter } from '../../../src/background/router.ts';
import type { SiteRulesService } from '../../../src/background/siteRules/service.ts';
import { HN_THREAD as THREAD, hnComment } from './hnComment.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const content = { id: 'kuzet-id', url: THREAD, tab: { id: 7 } };
const options = { id: 'kuzet-id', url: 'chrome-extension://kuzet-id/options.html' };
const DELETE = { kuzet: 1, type: 'privacy/deleteAll', payload: { confirm: 'delete-all-local-data' } };


let db: KuzetDb;
let storageCleared: number;
let resyncs: number;
let route: ReturnType<typeof createRouter>;

beforeEach(async () => {
  db = openDb(`test-${Math.random()}`);
  storageCleared = 0;
  resyncs = 0;
  const siteRules = { ready: Promise.resolve(), resync: async () => (resyncs++, []) } as unknown as SiteRulesService;
  let ids = 0;
  route = createRouter({ db, self, now: () => 1_000, newId: () => `r${++ids}`, siteRules, storage: { clear: async () => void storageCleared++ } });
  // A user's history: comments read, their authors and verdicts, a queued report, a trusted author.
  await route({ kuzet: 1, type: 'comments/batch', payload: { comments: [hnComment(1, 'a', { url: true }), hnComment(2, 'b', { url: true })] } }, content);
  await route({ kuzet: 1, type: 'report/enqueue', payload: { authorKey: 'hackernews:a', threadUrl: THREAD, category: 'coordinated', note: '' } }, options);
  await db.trusted.put({ authorKey: 'hackernews:b', displayName: 'b', addedAt: 1_000 });
});

const rowsKept = async (): Promise<Record<string, number>> =>
  Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));

describe('delete all local data', () => {
  it('starts from a device that holds the user\'s data', async () => {
    const kept = await rowsKept();
    expect(kept['comments']).toBe(2);
    expect(kept['reportQueue']).toBe(1);
    expect(kept['trusted']).toBe(1);
  });

  it('empties every table, clears the extension storage and re-reads site rules', async () => {
    expect(await route(DELETE, options)).toEqual({ deleted: true });
    expect(Object.values(await rowsKept()).every((n) => n === 0), JSON.stringify(await rowsKept())).toBe(true);
    expect(storageCleared).toBe(1);
    expect(resyncs).toBe(1);
  });

  it('erases nothing when a content script asks, or when the confirmation is missing', async () => {
    expect(await route(DELETE, content)).toEqual({ error: 'refused' });
    expect(await route({ ...DELETE, payload: {} }, options)).toEqual({ error: 'refused' });
    expect((await rowsKept())['comments']).toBe(2);
    expect(storageCleared).toBe(0);
  });
});

describe('the e2e page opener', () => {
  it('is refused by a build that gave the router no opener (release builds)', async () => {
    const answer = await route({ kuzet: 1, type: 'e2e/openPage', payload: { page: 'popup.html' } }, content);
    expect(answer).toMatchObject({ error: 'failed' });
  });

  it('opens the asked page for the asking tab when the opener exists, and only for content scripts', async () => {
    const opened: [string, number][] = [];
    const dev = createRouter({ db, self, now: () => 1, newId: () => 'x', openExtensionPage: async (page, tabId) => void opened.push([page, tabId]) });
    expect(await dev({ kuzet: 1, type: 'e2e/openPage', payload: { page: 'options.html' } }, content)).toEqual({ opened: true });
    expect(await dev({ kuzet: 1, type: 'e2e/openPage', payload: { page: 'options.html' } }, options)).toEqual({ error: 'refused' });
    expect(await dev({ kuzet: 1, type: 'e2e/openPage', payload: { page: 'evil.html' } }, content)).toEqual({ error: 'refused' });
    expect(opened).toEqual([['options.html', 7]]);
  });
});
