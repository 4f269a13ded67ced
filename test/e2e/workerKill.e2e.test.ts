// The background may die at any moment (issue 6.3), in Chromium (its service worker) and in Firefox
// (its event page): the test stops it again and again (session.stopBackground) while the real
// saved HN thread is read and while a brigade replays a comment. Afterwards the database holds
// every comment exactly once — no comment lost, none counted twice (first-sight order numbers
// 1..n, each author once in the thread's co-occurrence rows) — and the three replaying authors are
// badged anyway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { launchSession, type Session, type Tab } from '../../scripts/browser/session.ts';

const SOURCE_ID = '28385973';
const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];

let session: Session;
let page: Tab;

/** Stops the background each `everyMs` for `forMs`; returns how many stops were made. */
async function keepKilling(forMs: number, everyMs: number): Promise<number> {
  let stops = 0;
  const until = Date.now() + forMs;
  while (Date.now() < until) {
    await session.stopBackground();
    stops++;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return stops;
}

interface Stored { ids: string[]; seqs: number[]; seqCounter: number; authorThreads: number }

/** Kuzet's IndexedDB as one of its own pages sees it (the same origin as its background). */
const readStore = (kuzetPage: Tab): Promise<Stored> =>
  kuzetPage.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('kuzet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['comments', 'counters', 'authorThreads'], 'readonly');
          const all = <T,>(name: string) => new Promise<T[]>((ok) => { const r = tx.objectStore(name).getAll(); r.onsuccess = () => ok(r.result as T[]); });
          void Promise.all([
            all<{ id: string; seq: number }>('comments'),
            all<{ name: string; value: number }>('counters'),
            all<unknown>('authorThreads'),
          ]).then(([comments, counters, authorThreads]) => {
            db.close();
            resolve({
              ids: comments.map((c) => c.id),
              seqs: comments.map((c) => c.seq),
              seqCounter: counters.find((c) => c.name === 'seq')?.value ?? 0,
              authorThreads: authorThreads.length,
            });
          });
        };
      }),
  );

beforeAll(async () => {
  session = await launchSession({ pages: { [HN_THREAD.url]: readThreadHtml() } });
  page = await session.newTab();
});

afterAll(async () => {
  await session?.close();
});

describe('Kuzet when its background is killed mid-batch', () => {
  it('loses no comment and counts none twice', async () => {
    const killing = keepKilling(4_000, 25);
    await page.goto(HN_THREAD.url);
    await page.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments, { timeout: 30_000 });
    expect(await killing).toBeGreaterThan(1);

    // The brigade posts while the background keeps dying; the content script sends again until stored.
    await page.evaluate(replayComment, { sourceId: SOURCE_ID, authors: BRIGADE, firstId: 99_000_001 });
    await keepKilling(600, 25);
    await page.waitForFunction(
      (authors) => authors.every((a) => Array.from(document.querySelectorAll('[data-kuzet-comment]')).some((row) => row.querySelector('a.hnuser')?.textContent === a && row.querySelector('[data-kuzet-badge]'))),
      BRIGADE,
      { timeout: 20_000 },
    );

    const total = HN_THREAD.comments + BRIGADE.length;
    const options = await session.openExtensionPage(page, 'options.html');
    await expect.poll(async () => (await readStore(options)).ids.length, { timeout: 20_000 }).toBe(total);
    const stored = await readStore(options);
    expect(new Set(stored.ids).size).toBe(total);
    expect([...stored.seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(stored.seqCounter).toBe(total);
    // One thread: every author is recorded in it exactly once (the co-occurrence index).
    expect(stored.authorThreads).toBe(HN_THREAD.authors);
  });

  it('writes no error of its own into the page, its own pages or the background', () => {
    expect(session.errors).toEqual([]);
  });
});
