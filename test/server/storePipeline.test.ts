// The report store's group commit against a database whose commits the test releases by hand:
// on PostgreSQL the next batch is sent while earlier ones wait for their commits (at most
// `inFlight` at once), and every caller hears back only when its own batch committed.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { reportStore } from '../../src/server/reports/store.ts';

/** A fake PostgreSQL: each batch statement waits until the test commits it. */
function manualDatabase() {
  const waiting: { ids: string[]; commit: () => void }[] = [];
  const db: Database = {
    kind: 'postgres',
    query: <T>(_sql: string, params: unknown[] = []) => {
      const ids = (JSON.parse(params[0] as string) as { id: string }[]).map((r) => r.id);
      const rows = ids.map((id) => ({ id, inserted: true, body_sha256: null, status: null }));
      return new Promise<{ rows: T[] }>((resolve) => waiting.push({ ids, commit: () => resolve({ rows: rows as T[] }) }));
    },
    transaction: () => Promise.reject(new Error('not used')),
    exec: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  return { db, waiting };
}

const report = (id: string) => ({ id, reporterKey: 'k', hash: 'h', row: `{"id":"${id}"}` });
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('report store group commit', () => {
  it('sends up to three batches before the first commits, and answers each only after its own commit', async () => {
    const { db, waiting } = manualDatabase();
    const store = reportStore(db);
    const answered: string[] = [];
    const add = (id: string) => void store.add(report(id), 0).then(() => answered.push(id));
    for (const round of [1, 2, 3, 4, 5]) {
      add(`a-${round}`);
      add(`b-${round}`);
      await turn();
      await turn();
    }
    // Three batches went out without waiting for a commit; the other reports wait for a slot.
    expect(waiting.map((w) => w.ids)).toEqual([
      ['a-1', 'b-1'],
      ['a-2', 'b-2'],
      ['a-3', 'b-3'],
    ]);
    expect(answered).toEqual([]);
    waiting[1]?.commit();
    await turn();
    await turn();
    // Only the committed batch is answered; its slot goes to everything that gathered meanwhile
    // (rows sorted by id, so batches written at once take their locks in one order).
    expect(answered).toEqual(['a-2', 'b-2']);
    expect(waiting[3]?.ids).toEqual(['a-4', 'a-5', 'b-4', 'b-5']);
    const flushed = store.flush();
    for (const w of waiting) w.commit();
    await flushed;
    expect(answered.sort()).toEqual(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'b-1', 'b-2', 'b-3', 'b-4', 'b-5']);
  });

  it('keeps one batch at a time on PGlite, where a second could only queue behind the first', async () => {
    const { db, waiting } = manualDatabase();
    const store = reportStore({ ...db, kind: 'pglite' });
    for (const id of ['a-1', 'a-2', 'a-3']) {
      void store.add(report(id), 0);
      await turn();
      await turn();
    }
    expect(waiting.map((w) => w.ids)).toEqual([['a-1']]);
    waiting[0]?.commit();
    await turn();
    await turn();
    expect(waiting[1]?.ids).toEqual(['a-2', 'a-3']);
    waiting[1]?.commit();
    await store.flush();
  });
});
