// The background is the trust boundary for what content scripts send: every comment of a batch
// is checked, a bad one is dropped alone (the page's other comments are still stored and
// scored), and a batch with nothing valid in it, or too long, is refused whole and counted.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import { type KuzetDb, openDb } from '../../../src/background/db.ts';
import { createRouter } from '../../../src/background/router.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const THREAD = 'https://news.ycombinator.com/item?id=1';
const content = { id: 'kuzet-id', url: THREAD, tab: { id: 7 } };
const COPY = 'I recommend the recent book if you are interested in test piloting and flying';
const comment = (n: number, author: string, text = `comment number ${n} by ${author} with enough words`): Comment => ({
  id: `hackernews:${n}`,
  site: 'hackernews',
  authorKey: `hackernews:${author}`,
  displayName: author,
  text,
  threadUrl: THREAD,
});
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
      { ...comment(10, 'x'), threadUrl: 'not a url' },
      { ...comment(11, 'y'), text: 'z'.repeat(20_001) },
      { ...comment(12, 'w'), time: -5 },
      { id: 'hackernews:13', text: 'no author at all' },
      'not even an object',
      { ...comment(14, 'v'), avatarUrl: 'no scheme here' },
    ];
    const answer = (await route(batch([comment(1, 'orig', COPY), ...bad, comment(2, 'b', COPY), comment(3, 'c', COPY)]), content)) as { verdicts: { authorKey: string; level: string }[] };
    // The three good copies were stored and scored as if the bad ones had never been there.
    expect((await db.comments.toCollection().primaryKeys()).sort()).toEqual(['hackernews:1', 'hackernews:2', 'hackernews:3']);
    expect(answer.verdicts.map((v) => v.authorKey).sort()).toEqual(['hackernews:b', 'hackernews:c']);
    expect(answer.verdicts.every((v) => v.level !== 'none')).toBe(true);
  });

  it('refuses a batch with no valid comment, or more than 500, and counts it', async () => {
    expect(await route(batch([{ ...comment(1, 'a'), threadUrl: 'not a url' }, 42]), content)).toEqual({ error: 'refused' });
    expect(await route(batch([]), content)).toEqual({ error: 'refused' });
    const tooMany = Array.from({ length: 501 }, (_, i) => comment(i, `a${i}`));
    expect(await route(batch(tooMany), content)).toEqual({ error: 'refused' });
    expect((await db.counters.get('refused:payload'))?.value).toBe(3);
    expect(await db.comments.count()).toBe(0);
  });
});
