// PGlite in its own thread behaves as it did in the main thread: the same rows and types, the
// same PostgreSQL errors, transactions with exclusive use of the one session, data kept across
// a reopen, and a thread that ends on close. Both implementations run every case.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { openPgliteInProcess } from '../../src/server/db/pgliteInProcess.ts';
import { openPgliteWorker } from '../../src/server/db/pgliteWorker.ts';

const OPENERS = { 'its own thread': openPgliteWorker, 'the main thread': openPgliteInProcess };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(Object.entries(OPENERS))('PGlite in %s', (_, open) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await db.exec('create table notes (id text primary key, n bigint not null, tags text[] not null, body jsonb, ok boolean)');
    // Creating a PGlite cluster takes seconds, more on a busy machine.
  }, 120_000);
  afterAll(() => db.close());
  const count = async () => Number((await db.query<{ c: number }>('select count(*)::int as c from notes')).rows[0]?.c);

  it('returns rows with their types, parameters bound', async () => {
    await db.query('insert into notes values ($1, $2, $3, $4, $5)', ['a', 1_800_000_000_000, ['x', 'y'], { nested: [1, 'two'] }, true]);
    await db.query('insert into notes values ($1, $2, $3, null, null)', ['b', 7, []]);
    const { rows } = await db.query('select * from notes order by id');
    expect(rows).toEqual([
      { id: 'a', n: 1_800_000_000_000, tags: ['x', 'y'], body: { nested: [1, 'two'] }, ok: true },
      { id: 'b', n: 7, tags: [], body: null, ok: null },
    ]);
    await db.query('delete from notes');
  });

  it("rejects with PostgreSQL's message and code", async () => {
    await db.query("insert into notes values ('dup', 1, '{}')");
    const again = db.query("insert into notes values ('dup', 2, '{}')");
    await expect(again).rejects.toThrow('duplicate key value violates unique constraint "notes_pkey"');
    await expect(again).rejects.toMatchObject({ code: '23505' });
    await expect(db.query('select nothing from nowhere')).rejects.toThrow('relation "nowhere" does not exist');
    // The session is usable after an error.
    expect(await count()).toBe(1);
    await db.query('delete from notes');
  });

  it('commits a transaction whole, and other queries wait until it has', async () => {
    let outside: Promise<number> | undefined;
    let outsideDone = false;
    const result = await db.transaction(async (tx) => {
      await tx.query("insert into notes values ('t1', 1, '{}')");
      outside = count().then((c) => ((outsideDone = true), c));
      await pause(50);
      // Had it run inside the open transaction it would have answered by now.
      expect(outsideDone).toBe(false);
      await tx.query("insert into notes values ('t2', 2, '{}')");
      return (await tx.query<{ c: number }>('select count(*)::int as c from notes')).rows[0]?.c;
    });
    expect(result).toBe(2);
    expect(await outside).toBe(2);
    await db.query('delete from notes');
  });

  it("rolls back everything when the work throws, and the caller gets the work's error", async () => {
    let outside: Promise<number> | undefined;
    const failing = db.transaction(async (tx) => {
      await tx.query("insert into notes values ('r1', 1, '{}')");
      outside = count();
      await tx.query("insert into notes values ('r1', 2, '{}')");
    });
    await expect(failing).rejects.toMatchObject({ code: '23505' });
    expect(await outside).toBe(0);
    await expect(db.transaction(() => Promise.reject(new Error('changed my mind')))).rejects.toThrow('changed my mind');
    expect(await count()).toBe(0);
  });

  it('runs a named statement prepared once: the same rows as a plain query, errors with their code', async () => {
    const insert = 'insert into notes (id, n, tags, body) select id, n, \'{}\', body from json_to_recordset($1::json) as t(id text, n bigint, body jsonb) returning id, n, body';
    const rows = [{ id: 'p1', n: 1_800_000_000_000, body: { words: ['один', 'two'] } }];
    expect((await db.query(insert, [JSON.stringify(rows)], { name: 'notes_insert' })).rows).toEqual(rows);
    // The second call runs the statement already prepared, with other parameters.
    const more = [{ id: 'p2', n: 2, body: null }, { id: 'p3', n: 3, body: [1] }];
    expect((await db.query(insert, [JSON.stringify(more)], { name: 'notes_insert' })).rows).toEqual(more);
    expect((await db.query('select id, n, body from notes order by id')).rows).toEqual([...rows, ...more]);
    const again = db.query(insert, [JSON.stringify(more)], { name: 'notes_insert' });
    await expect(again).rejects.toMatchObject({ code: '23505' });
    // The session and the statement are usable after an error; nothing of the failed run stayed.
    expect(await count()).toBe(3);
    expect((await db.query(insert, ['[{"id":"p4","n":4}]'], { name: 'notes_insert' })).rows).toEqual([{ id: 'p4', n: 4, body: null }]);
    await expect(db.query('select 1', [], { name: 'notes_insert' })).rejects.toThrow('prepared with other SQL');
    await expect(db.query(insert, [5], { name: 'notes_insert2' })).rejects.toThrow('must be a string or null');
    await db.query('delete from notes');
  });

  it('prepares a statement once when its first two calls come at once', async () => {
    const insert = 'insert into notes (id, n, tags) values ($1::text, 1, \'{}\') returning id';
    const both = await Promise.all(['c1', 'c2'].map((id) => db.query(insert, [id], { name: 'notes_insert_concurrent' })));
    expect(both.map((r) => r.rows)).toEqual([[{ id: 'c1' }], [{ id: 'c2' }]]);
    await db.query('delete from notes');
  });

  it('runs a named statement inside a transaction as part of it', async () => {
    const insert = 'insert into notes (id, n, tags) values ($1::text, 1, \'{}\')';
    await expect(
      db.transaction(async (tx) => {
        await tx.query(insert, ['in-tx'], { name: 'notes_insert_one' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await count()).toBe(0);
  });

  it("starts with wal_init_zero off (no 16 MB of zeros inside an intake batch) and PGlite's own settings kept", async () => {
    const setting = async (name: string) => Object.values((await db.query<Record<string, string>>(`show ${name}`)).rows[0] ?? {})[0];
    expect(await setting('wal_init_zero')).toBe('off');
    // From PGlite's default start parameters, which the extra setting must not replace.
    expect(await setting('search_path')).toBe('public');
    expect(await setting('exit_on_error')).toBe('off');
  });

  it('runs several statements with exec', async () => {
    await db.exec("insert into notes values ('e1', 1, '{}'); insert into notes values ('e2', 2, '{}')");
    expect(await count()).toBe(2);
    await db.query('delete from notes');
  });
});

describe('PGlite thread', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('keeps what it acknowledged in its data dir, and ends its thread on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kuzet-pglite-thread-'));
    dirs.push(dir);
    const first = await openPgliteWorker(join(dir, 'pgdata'));
    await first.exec('create table kept (id int primary key)');
    await first.query('insert into kept select generate_series(1, 99)');
    // A named statement's write is flushed before it answers, as a plain one's.
    await first.query('insert into kept values ($1::int)', ['100'], { name: 'kept_insert' });
    await first.close();
    await expect(first.query('select 1')).rejects.toThrow('the PGlite thread has stopped');
    const second = await openPgliteWorker(join(dir, 'pgdata'));
    try {
      expect((await second.query<{ c: number }>('select count(*)::int as c from kept')).rows[0]?.c).toBe(100);
    } finally {
      await second.close();
    }
  }, 120_000);

  it('leaves the main thread free while a long statement runs', async () => {
    const db = await openPgliteWorker();
    try {
      let longestGap = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 5);
      const started = performance.now();
      await db.query('select count(*) from generate_series(1, 1000000)');
      const took = performance.now() - started;
      clearInterval(ticker);
      // A timer that never fired counts as one gap from its start to the end.
      longestGap = Math.max(longestGap, performance.now() - last);
      // In the main thread the WebAssembly would block every timer for the whole statement.
      expect(took).toBeGreaterThan(200);
      expect(longestGap).toBeLessThan(took / 2);
    } finally {
      await db.close();
    }
  }, 120_000);
});
