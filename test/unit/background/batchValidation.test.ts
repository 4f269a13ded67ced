// The background is the trust boundary for what content scripts send: every comment of a batch
// is checked, a bad one is dropped alone (the page's other comments are still stored and
// scored), and a batch with nothing valid in it, or too long, is refused whole and counted.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb } from '../../../src/background/db.ts';
import { createRouter } from '../../../src/background/router.ts';
import { HN_THREAD as THREAD, hnComment } from './hnComment.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const content = { id: 'kuzet-id', url: THREAD, tab: { id: 7 } };
const COPY = 'I recommend the recent book if you are interested in test piloting and flying';
const batch = (comments: unknown[]) => ({ kuzet: 1, type: 'comments/batch', payload: { comments } });

let db: KuzetDb;
let route: ReturnType<typeof createRouter>;
beforeEach(() => {
  db = openDb(`batch-validation-${Math.random()}`);
  let clock = 1_000;
  route = createRouter({ db, self, now: () => clock++, newId: () => 'r' });
});

describe('comments/batch validation', () => {
  it('drops only the bad comments of a batch and scores the rest', async () => {
    const bad = [
      { ...hnComment(10, 'x'), threadUrl: 'not a url' },
      { ...hnComment(11, 'y'), text: 'z'.repeat(20_001) },
      { ...hnComment(12, 'w'), time: -5 },
      { id: 'hackernews:13', text: 'no author at all' },
      'not even an object',
      { ...hnComment(14, 'v'), avatarUrl: 'no scheme here' },
    ];
    const answer = (await route(batch([hnComment(1, 'orig', { text: COPY }), ...bad, hnComment(2, 'b', { text: COPY }), hnComment(3, 'c', { text: COPY })]), content)) as { verdicts: { authorKey: string; level: string }[] };
    // The three good copies were stored and scored as if the bad ones had never been there.
    expect((await db.comments.toCollection().primaryKeys()).sort()).toEqual(['hackernews:1', 'hackernews:2', 'hackernews:3']);
    expect(answer.verdicts.map((v) => v.authorKey).sort()).toEqual(['hackernews:b', 'hackernews:c']);
    expect(answer.verdicts.every((v) => v.level !== 'none')).toBe(true);
  });

  it('refuses a batch with no valid comment, or more than 500, and counts it', async () => {
    expect(await route(batch([{ ...hnComment(1, 'a'), threadUrl: 'not a url' }, 42]), content)).toEqual({ error: 'refused' });
    expect(await route(batch([]), content)).toEqual({ error: 'refused' });
    const tooMany = Array.from({ length: 501 }, (_, i) => hnComment(i, `a${i}`));
    expect(await route(batch(tooMany), content)).toEqual({ error: 'refused' });
    expect((await db.counters.get('refused:payload'))?.value).toBe(3);
    expect(await db.comments.count()).toBe(0);
  });
});
