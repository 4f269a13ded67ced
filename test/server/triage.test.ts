// Triage on the real schema (in-memory PGlite): what it reads of the reporters' histories (counts
// from SQL, not every history shipped as hash arrays) gives decide() the same answers as the old
// reading, kept here as the reference, on a seeded population of farms, honest reporters and
// newcomers; and triage itself queues what independent veterans report and holds a farm back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/seededRandom.ts';
import { decide, type TargetCase } from '../../src/server/brigade/decide.ts';
import { historiesOf } from '../../src/server/brigade/independence.ts';
import { DEFAULT_RULES } from '../../src/server/brigade/rules.ts';
import { num, type Database } from '../../src/server/db/database.ts';
import { openDatabase } from '../../src/server/db/open.ts';
import { HISTORY_CHUNK, readHistories, triage } from '../../src/server/triage.ts';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;
let seq = 0;

interface Row {
  rk: string;
  kh: string;
  ra: number;
}

async function insert(db: Database, rows: Row[], records: Map<string, number> = new Map()): Promise<void> {
  const json = JSON.stringify(rows.map((r) => ({ ...r, id: `r${seq++}` })));
  await db.query(
    `insert into reports (id, reporter_key, author_key, key_hash, category, body, body_sha256, created_at, received_at)
     select id, rk, kh, kh, 'coordinated', '{}'::jsonb, 'x', ra, ra from json_to_recordset($1::json) as t(id text, rk text, kh text, ra bigint)`,
    [json],
  );
  await db.query(
    `insert into reporters (key, first_seen, confirmed) select distinct rk, 0, 0 from json_to_recordset($1::json) as t(rk text) on conflict do nothing`,
    [json],
  );
  await db.query(
    `insert into targets (key_hash, author_key, display_name, category, first_seen)
     select distinct kh, kh, kh, 'coordinated', 0 from json_to_recordset($1::json) as t(kh text) on conflict (key_hash) do update set dirty = true`,
    [json],
  );
  for (const [key, confirmed] of records) await db.query('update reporters set confirmed = $2 where key = $1', [key, confirmed]);
}

/** Farms that co-report their decoys, honest reporters with their own histories, newcomers. */
function population(seed: number): { rows: Row[]; records: Map<string, number> } {
  const rand = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const targets = Array.from({ length: 60 }, (_, i) => `t${i}`);
  const rows: Row[] = [];
  const records = new Map<string, number>();
  const report = (rk: string, kh: string, ra: number) => rows.push({ rk, kh, ra });
  for (let farm = 0; farm < 4; farm++) {
    const decoys = Array.from({ length: int(3, 8) }, () => targets[int(0, 59)] as string);
    for (let s = 0; s < int(5, 25); s++) {
      const key = `farm${farm}-${s}`;
      if (rand() < 0.5) records.set(key, int(2, 5));
      for (const decoy of decoys) if (rand() < 0.7) report(key, decoy, NOW - int(0, 30) * DAY);
    }
  }
  for (let h = 0; h < 40; h++) {
    const key = `honest${h}`;
    records.set(key, int(0, 8));
    for (let n = int(1, 12); n > 0; n--) report(key, targets[int(0, 59)] as string, NOW - int(0, 200) * DAY);
  }
  // The same report twice (a retry with another id) must not count a target twice.
  for (let n = 0; n < 30; n++) report(`newcomer${n}`, targets[int(0, 59)] as string, NOW - int(0, 2) * 3_600_000);
  report('newcomer0', rows[rows.length - 1]?.kh as string, NOW);
  return { rows, records };
}

/** The reading triage had before: every reporter's whole history as an array of target hashes. */
async function referenceHistories(db: Database, target: string, keys: string[]) {
  const { rows } = await db.query<{ reporter_key: string; targets: string[] }>(
    'select reporter_key, array_agg(distinct key_hash) as targets from reports where reporter_key = any($1::text[]) group by reporter_key',
    [keys],
  );
  return historiesOf(target, new Map(rows.map((r) => [r.reporter_key, new Set(r.targets)])));
}

describe('triage', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({});
  }, 120_000);
  afterAll(() => db?.close());

  it('reads the same co-reporting counts as the full histories did, and decide() answers the same', async () => {
    for (const seed of [1, 2, 3]) {
      await db.query('truncate reports, reporters, targets');
      const { rows, records } = population(seed);
      await insert(db, rows, records);
      const { rows: targets } = await db.query<{ key_hash: string }>('select key_hash from targets order by key_hash');
      let linked = 0;
      let chunked = 0;
      for (const { key_hash: target } of targets) {
        const { rows: reports } = await db.query<{ reporter_key: string; received_at: unknown }>('select reporter_key, received_at from reports where key_hash = $1', [target]);
        const keys = [...new Set(reports.map((r) => r.reporter_key))];
        if (keys.length > HISTORY_CHUNK) chunked++;
        const [fresh, reference] = await Promise.all([readHistories(db, keys), referenceHistories(db, target, keys)]);
        for (const a of keys) {
          expect(fresh.size(a), `${target} ${a}`).toBe(reference.size(a));
          for (const b of keys) expect(fresh.shared(a, b), `${target} ${a} ${b}`).toBe(reference.shared(a, b));
        }
        const base: Omit<TargetCase, 'histories'> = {
          keyHash: target,
          protected: false,
          reports: reports.map((r) => ({ reporterKey: r.reporter_key, receivedAt: num(r.received_at) })),
          records: new Map([...records].map(([key, confirmed]) => [key, { confirmed, rejected: 0 }])),
        };
        for (const isProtected of [false, true]) {
          const fromCounts = decide({ ...base, protected: isProtected, histories: fresh }, DEFAULT_RULES);
          expect(fromCounts).toEqual(decide({ ...base, protected: isProtected, histories: reference }, DEFAULT_RULES));
          if (fromCounts.units < keys.length) linked++;
        }
      }
      // The population is worth comparing on: some targets have co-reporters collapsed.
      expect(linked, `seed ${seed}`).toBeGreaterThan(0);
      // ... and some targets have more reporters than one histories statement reads.
      expect(chunked, `seed ${seed}`).toBeGreaterThan(0);
    }
  }, 120_000);

  it('decides targets in groups exactly as one at a time: each its own reports, records and protection', async () => {
    await db.query('truncate reports, reporters, targets, protected_accounts');
    const { rows, records } = population(4);
    // Established reporters on a few targets, so some reach the queue and some stay open.
    for (const [i, kh] of ['t1', 't2', 't3'].entries()) for (const rk of ['vA', 'vB', 'vC']) rows.push({ rk, kh, ra: NOW - i * DAY });
    for (const rk of ['vA', 'vB', 'vC']) records.set(rk, 5);
    await insert(db, rows, records);
    // t2 is protected: the same three veterans are not enough for it.
    await db.query("insert into protected_accounts values ('t2', 't2', 'a journalist', 0)");
    let triaged = 0;
    for (let round = 0; round < 20; round++) triaged += await triage(db, NOW, DEFAULT_RULES);
    const { rows: targets } = await db.query<{ key_hash: string; state: string; units: number; brigade: boolean; score: number }>(
      'select key_hash, state, units, brigade, score from targets order by key_hash',
    );
    expect(triaged).toBe(targets.length);
    const states = new Set<string>();
    for (const t of targets) {
      const { rows: reports } = await db.query<{ reporter_key: string; received_at: unknown }>('select reporter_key, received_at from reports where key_hash = $1', [t.key_hash]);
      const keys = [...new Set(reports.map((r) => r.reporter_key))];
      if (keys.length < DEFAULT_RULES.k) continue;
      const expected = decide(
        {
          keyHash: t.key_hash,
          protected: t.key_hash === 't2',
          reports: reports.map((r) => ({ reporterKey: r.reporter_key, receivedAt: num(r.received_at) })),
          records: new Map([...records].map(([key, confirmed]) => [key, { confirmed, rejected: 0 }])),
          histories: await referenceHistories(db, t.key_hash, keys),
        },
        DEFAULT_RULES,
      );
      expect({ key: t.key_hash, state: t.state, units: t.units, brigade: t.brigade, score: Number(t.score) }).toEqual({
        key: t.key_hash,
        state: expected.reachesModeration ? 'moderation' : 'open',
        units: expected.units,
        brigade: expected.possibleBrigade,
        score: expected.score,
      });
      states.add(t.state);
      const statuses = await db.query<{ status: string }>('select distinct status from reports where key_hash = $1', [t.key_hash]);
      expect(statuses.rows).toEqual([{ status: t.state === 'moderation' ? 'moderation' : 'queued' }]);
    }
    expect(states).toEqual(new Set(['open', 'moderation']));
    expect((await db.query("select state from targets where key_hash in ('t1', 't2', 't3') order by key_hash")).rows).toEqual([
      { state: 'moderation' },
      { state: 'open' },
      { state: 'moderation' },
    ]);
  }, 120_000);

  it('queues a target three independent veterans report, and holds back a farm that co-reports its decoys', async () => {
    await db.query('truncate reports, reporters, targets, protected_accounts');
    const veterans = ['v0', 'v1', 'v2'];
    await insert(
      db,
      veterans.flatMap((rk, i) => [{ rk, kh: 'troll', ra: NOW - i * DAY }, { rk, kh: `own${i}`, ra: NOW - 90 * DAY }]),
      new Map(veterans.map((key) => [key, 4])),
    );
    const farm = Array.from({ length: 8 }, (_, i) => `farm${i}`);
    await insert(
      db,
      farm.flatMap((rk, i) => ['journalist', 'decoy0', 'decoy1', 'decoy2'].map((kh, j) => ({ rk, kh, ra: NOW - (i * 4 + j) * DAY }))),
      new Map(farm.map((key) => [key, 4])),
    );
    expect(await triage(db, NOW, DEFAULT_RULES)).toBe(8);
    const state = async (key: string) =>
      (await db.query<{ state: string; units: number; brigade: boolean }>('select state, units, brigade from targets where key_hash = $1', [key])).rows[0];
    expect(await state('troll')).toEqual({ state: 'moderation', units: 3, brigade: false });
    expect(await state('journalist')).toEqual({ state: 'open', units: 1, brigade: true });
    const statuses = await db.query<{ status: string }>("select distinct status from reports where key_hash = 'troll'");
    expect(statuses.rows).toEqual([{ status: 'moderation' }]);
  }, 60_000);
  it('gives way before every statement after its first two: decided, queued and status updates alike', async () => {
    await db.query('truncate reports, reporters, targets, protected_accounts');
    const veterans = ['v0', 'v1', 'v2'];
    await insert(db, veterans.map((rk, i) => ({ rk, kh: 'troll', ra: NOW - i * DAY })), new Map(veterans.map((key) => [key, 4])));
    await triage(db, NOW, DEFAULT_RULES);
    // The troll is in moderation now; a new report makes it dirty again beside two fresh targets.
    await insert(db, [{ rk: 'v3', kh: 'troll', ra: NOW }, ...veterans.map((rk, i) => ({ rk, kh: 'other', ra: NOW - i * DAY }))], new Map(veterans.map((key) => [key, 4])));
    const events: string[] = [];
    const watched: Database = { ...db, query: (sql, params, options) => (events.push('statement'), db.query(sql, params, options)) };
    expect(await triage(watched, NOW, DEFAULT_RULES, { pause: async () => void events.push('pause') })).toBe(2);
    // Two statements pick the targets and count their reporters; then one status update for the
    // queued troll and three statements to decide `other`, each after a pause.
    expect(events).toEqual(['statement', 'statement', ...Array<string[]>(4).fill(['pause', 'statement']).flat()]);
    expect((await db.query("select state from targets where key_hash = 'other'")).rows).toEqual([{ state: 'moderation' }]);
  }, 60_000);

  it("reads a widely reported target's histories in chunks, each after a pause like any statement", async () => {
    await db.query('truncate reports, reporters, targets, protected_accounts');
    const crowd = Array.from({ length: 40 }, (_, i) => `r${i}`);
    await insert(db, crowd.map((rk, i) => ({ rk, kh: 'big', ra: NOW - i * DAY })), new Map(crowd.map((key) => [key, 4])));
    const events: string[] = [];
    const watched: Database = { ...db, query: (sql, params, options) => (events.push('statement'), db.query(sql, params, options)) };
    expect(await triage(watched, NOW, DEFAULT_RULES, { pause: async () => void events.push('pause') })).toBe(1);
    // Pick and count; then the cases, 40 reporters' histories in ceil(40 / HISTORY_CHUNK) reads,
    // and the decision, each after a pause.
    const reads = Math.ceil(crowd.length / HISTORY_CHUNK);
    expect(reads).toBeGreaterThan(1);
    expect(events).toEqual(['statement', 'statement', ...Array<string[]>(reads + 2).fill(['pause', 'statement']).flat()]);
    expect((await db.query("select state from targets where key_hash = 'big'")).rows).toEqual([{ state: 'moderation' }]);
  }, 60_000);

  it('waits for a slow pause: triage goes no further until intake lets it', async () => {
    await db.query('truncate reports, reporters, targets, protected_accounts');
    await insert(db, ['v0', 'v1', 'v2'].map((rk, i) => ({ rk, kh: 'troll', ra: NOW - i * DAY })), new Map(['v0', 'v1', 'v2'].map((key) => [key, 4])));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let statements = 0;
    const watched: Database = { ...db, query: (sql, params, options) => (statements++, db.query(sql, params, options)) };
    const run = triage(watched, NOW, DEFAULT_RULES, { pause: () => held });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Only the two statements before the first pause ran; the target is not decided yet.
    expect(statements).toBe(2);
    expect((await db.query("select state from targets where key_hash = 'troll'")).rows).toEqual([{ state: 'open' }]);
    release();
    expect(await run).toBe(1);
    expect((await db.query("select state from targets where key_hash = 'troll'")).rows).toEqual([{ state: 'moderation' }]);
  }, 60_000);
});
