// The export as the popup and options page meet it: comments go in through the router like a
// content script's batches, and 'export/collect' answers a file of this tab's thread or of
// everything kept, with the manifest's version in its provenance; content scripts may not ask.
import 'fake-indexeddb/auto';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb } from '../../../src/background/db.ts';
import { createRouter } from '../../../src/background/router.ts';
import { parseExportLine } from '../../../src/core/export/ndjsonFormat.ts';
import type { Comment } from '../../../src/core/model.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const THREAD_1 = 'https://news.ycombinator.com/item?id=1';
const THREAD_2 = 'https://news.ycombinator.com/item?id=2';
const popup = { id: 'kuzet-id', url: 'chrome-extension://kuzet-id/popup.html' };
const from = (thread: string, tabId: number) => ({ id: 'kuzet-id', url: thread, tab: { id: tabId } });
const TEXT = 'I recommend the recent book if you are interested in test piloting';

let n = 0;
const comment = (thread: string, author: string, text = `comment number ${++n} by ${author} with enough words`): Comment => ({
  id: `hackernews:${++n}`,
  site: 'hackernews',
  authorKey: `hackernews:${author}`,
  displayName: author,
  text,
  threadUrl: thread,
});

let db: KuzetDb;
let route: ReturnType<typeof createRouter>;
beforeEach(async () => {
  db = openDb(`export-${Math.random()}`);
  let clock = 1_700_000_000_000;
  route = createRouter({ db, self, now: () => clock++, newId: () => `r${clock}`, extensionVersion: '1.2.3' });
  const send = (thread: string, tab: number, comments: Comment[]) =>
    route({ kuzet: 1, type: 'comments/batch', payload: { comments } }, from(thread, tab));
  await send(THREAD_1, 7, [comment(THREAD_1, 'orig', TEXT), comment(THREAD_1, 'x')]);
  await send(THREAD_1, 7, ['b', 'c', 'd'].map((a) => comment(THREAD_1, a, TEXT)));
  await send(THREAD_2, 8, [comment(THREAD_2, 'y'), comment(THREAD_2, 'z')]);
});

const collect = (payload: object, sender: object = popup) => route({ kuzet: 1, type: 'export/collect', payload }, sender as never);

describe('export/collect', () => {
  it("exports this tab's thread with provenance and the copiers' verdicts", async () => {
    const file = (await collect({ scope: 'thread', tabId: 7, format: 'ndjson' })) as { text: string; filename: string; comments: number };
    expect(file.comments).toBe(5);
    expect(file.filename).toMatch(/^kuzet-thread-.*\.ndjson$/);
    const lines = file.text.trim().split('\n').map((l) => {
      const parsed = parseExportLine(l);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.line;
    });
    expect(lines[0]).toMatchObject({ kind: 'provenance', extensionVersion: '1.2.3', scope: 'thread', pageUrls: [THREAD_1], sites: ['hackernews'] });
    expect(lines.filter((l) => l.kind === 'comment')).toHaveLength(5);
    const flagged = lines.flatMap((l) => (l.kind === 'verdict' && l.level !== 'none' ? [l.authorKey] : [])).sort();
    expect(flagged).toEqual(['hackernews:b', 'hackernews:c', 'hackernews:d']);
    expect(lines.filter((l) => l.kind === 'edge' && l.type === 'sameText')).toHaveLength(3);
  });

  it('exports everything kept as CSV, both threads', async () => {
    const file = (await collect({ scope: 'all', format: 'csv' })) as { text: string; comments: number };
    const rows: { thread_url: string; kuzet_version: string }[] = parse(file.text, { columns: true });
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.thread_url))).toEqual(new Set([THREAD_1, THREAD_2]));
    expect(rows.every((r) => r.kuzet_version === '1.2.3')).toBe(true);
  });

  it('answers an empty export for a tab Kuzet read nothing in, and GraphML too', async () => {
    const file = (await collect({ scope: 'thread', tabId: 99, format: 'graphml' })) as { text: string; comments: number };
    expect(file.comments).toBe(0);
    expect(file.text).toContain('<graphml');
  });

  it('refuses a content script and an unknown format', async () => {
    expect(await collect({ scope: 'all', format: 'csv' }, from(THREAD_1, 7))).toEqual({ error: 'refused' });
    expect(await collect({ scope: 'all', format: 'xlsx' })).toEqual({ error: 'refused' });
    expect(await collect({ scope: 'thread', format: 'csv' })).toEqual({ error: 'refused' });
  });
});
