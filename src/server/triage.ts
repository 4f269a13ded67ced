// Re-decides every target that got new reports since it was last looked at, moving it to the
// moderation queue when decide() says so and giving each of its reports the target's status.
import { decide } from './brigade/decide.ts';
import type { ReportHistories } from './brigade/independence.ts';
import type { BrigadeRules, ReporterRecord } from './brigade/rules.ts';
import { num, type Database } from './db/database.ts';

const REPORT_STATUS: Record<string, string> = { open: 'queued', moderation: 'moderation', accepted: 'accepted', rejected: 'rejected' };

export interface TriageOptions {
  /** Dirty targets looked at in one call (small: under load intake comes first, triage catches up). */
  limit?: number;
  /** Awaited before each statement after the first two: where triage gives way to intake (triagePacer.ts). */
  pause?: () => Promise<void>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Triages up to `limit` dirty targets; returns how many it looked at. */
export async function triage(db: Database, now: number, rules: BrigadeRules, options: TriageOptions = {}): Promise<number> {
  const { limit = 25, pause = nextTurn } = options;
  // Clearing the flag first means a report arriving meanwhile sets it again: never lost.
  const { rows: targets } = await db.query<{ key_hash: string; state: string }>(
    `update targets set dirty = false where key_hash in (select key_hash from targets where dirty limit $1) returning key_hash, state`,
    [limit],
  );
  if (targets.length === 0) return 0;
  const { rows: counts } = await db.query<{ key_hash: string; n: unknown }>(
    'select key_hash, count(distinct reporter_key) as n from reports where key_hash = any($1::text[]) group by key_hash',
    [targets.map((t) => t.key_hash)],
  );
  const reporters = new Map(counts.map((c) => [c.key_hash, num(c.n)]));
  const minUnits = Math.min(rules.k, rules.protectedK);
  const toDecide: string[] = [];
  for (const target of targets) {
    if (target.state !== 'open') {
      // Decided or queued already: new reports only take the target's status.
      await pause();
      await db.query('update reports set status = $2 where key_hash = $1 and status <> $2', [target.key_hash, REPORT_STATUS[target.state]]);
    } else if ((reporters.get(target.key_hash) ?? 0) >= minUnits) {
      // Fewer reporters than units needed can never reach the queue: skip the full decision.
      toDecide.push(target.key_hash);
    }
  }
  for (let i = 0; i < toDecide.length; i += GROUP) {
    await pause();
    await triageGroup(db, toDecide.slice(i, i + GROUP), now, rules, pause);
  }
  return targets.length;
}

// Targets decided one at a time, three named statements each (prepared once: no planning per
// call): every statement stays short, so an intake batch never waits long behind triage. In
// groups of five (stop 15, before the statements were prepared) one group's histories took
// long enough that the open loop's latency rose in waves every triage (bench:server p99 214-263
// ms against 117 ms one at a time, and 61 ms with triage off).
const GROUP = 1;

/** A text[] parameter as PostgreSQL's array literal: a named statement's parameters are text. */
const textArray = (values: readonly string[]): string => {
  // Hex hashes and base64url keys: nothing in them needs escaping; anything else is refused.
  for (const value of values) if (!/^[A-Za-z0-9_:.-]+$/.test(value)) throw new Error(`not a key: ${value}`);
  return `{${values.map((value) => `"${value}"`).join(',')}}`;
};

// The targets' reports with their reporters' records and whether each is protected. Offset 0
// keeps each join a lookup by index: PGlite has no autovacuum, so without statistics the planner
// hashed whole tables instead (explain analyze).
const CASES = `
select t.key_hash, exists (select 1 from protected_accounts p where p.key_hash = t.key_hash) as protected,
  r.reporter_key, r.received_at, rp.confirmed, rp.rejected
from unnest($1::text[]) as t(key_hash)
  left join lateral (select reporter_key, received_at from reports where reports.key_hash = t.key_hash offset 0) r on true
  left join lateral (select confirmed, rejected from reporters where reporters.key = r.reporter_key offset 0) rp on true`;

// Each target's new standing and its reports' status as ONE statement: one implicit
// transaction, so all of it changes or none does, without a begin and a commit round trip.
// `= any($3)` on both tables makes them index lookups (a join on `d` alone scanned them).
const DECIDED = `
with d as (
  select * from json_to_recordset($1::json) as d(key_hash text, score double precision, units integer, brigade boolean, state text, status text)
), target as (
  update targets t set score = d.score, units = d.units, brigade = d.brigade, state = d.state,
    queued_at = case when d.state = 'moderation' and t.queued_at is null then $2::bigint else t.queued_at end
  from d where t.key_hash = any($3::text[]) and t.key_hash = d.key_hash
)
update reports r set status = d.status
from d where r.key_hash = any($3::text[]) and r.key_hash = d.key_hash and r.status <> d.status`;

interface CaseRow {
  key_hash: string;
  protected: boolean;
  reporter_key: string | null;
  received_at: unknown;
  confirmed: unknown;
  rejected: unknown;
}

async function triageGroup(db: Database, keyHashes: string[], now: number, rules: BrigadeRules, pause: () => Promise<void>): Promise<void> {
  const { rows } = await db.query<CaseRow>(CASES, [textArray(keyHashes)], { name: 'kuzet_triage_cases' });
  // One row for a target even without reports (it carries `protected`); a report row has its reporter.
  const reports = rows.filter((r): r is CaseRow & { reporter_key: string } => r.reporter_key !== null);
  const records = new Map<string, ReporterRecord>();
  // No reporters row: no record (a newcomer), as when records were read on their own.
  for (const r of reports) if (r.confirmed !== null) records.set(r.reporter_key, { confirmed: num(r.confirmed), rejected: num(r.rejected) });
  // One reading for the whole group: sizes and shared counts do not depend on who else is in it.
  await pause();
  const histories = await readHistories(db, [...new Set(reports.map((r) => r.reporter_key))], pause);
  const decided = keyHashes.map((keyHash) => {
    const decision = decide(
      {
        keyHash,
        protected: rows.some((r) => r.key_hash === keyHash && r.protected === true),
        reports: reports.filter((r) => r.key_hash === keyHash).map((r) => ({ reporterKey: r.reporter_key, receivedAt: num(r.received_at) })),
        records,
        histories,
      },
      rules,
    );
    // Only open targets come here: they move to moderation or stay open.
    const state = decision.reachesModeration ? 'moderation' : 'open';
    return { key_hash: keyHash, score: decision.score, units: decision.units, brigade: decision.possibleBrigade, state, status: REPORT_STATUS[state] };
  });
  await pause();
  await db.query(DECIDED, [JSON.stringify(decided), String(now), textArray(keyHashes)], { name: 'kuzet_triage_decided' });
}

// Each reporter's targets as integers, in order: all that co-reporting reads (how many each has,
// how many two share). Shipping every history as an array of 64-character hashes cost the main
// thread more parsing than the decision itself; counting pairs in SQL (a self-join), or only the
// shared targets (two more sorts), cost the database more than this (same-run A/B on PGlite and
// PostgreSQL). A target's integer is PostgreSQL's 64-bit hash of its key hash cut to 52 bits
// (exact in a JavaScript number): the same in every statement, so reporters can be read in
// chunks. Two targets on the same integer (about one chance in 10^4 among a million targets)
// would count as one target, moving a shared count or a history's size by one for reporters
// who reported them.
const HISTORIES = `
select reporter_key, string_agg(t::text, ',' order by t) as targets
from (select distinct reporter_key, hashtextextended(key_hash, 0) >> 12 as t from reports where reporter_key = any($1::text[])) seen
group by reporter_key`;

/**
 * Reporters per histories statement. The statement's cost grows with the reporters' whole
 * histories: in a 60 s bench:server open loop, where 1,000 keys report the same 997 targets, one
 * read of a target's ~160 reporters held PGlite for 20-40 ms while intake batches waited. In
 * chunks of 16, each statement stays a few milliseconds, and triage's pacer runs between them.
 */
export const HISTORY_CHUNK = 16;

/** `pause` is awaited between chunks (triage's pacer): a large read takes the session in the same small shares as any statement. */
export async function readHistories(db: Database, keys: string[], pause: () => Promise<void> = nextTurn): Promise<ReportHistories> {
  const lists = new Map<string, Float64Array>();
  for (let i = 0; i < keys.length; i += HISTORY_CHUNK) {
    if (i > 0) await pause();
    const { rows } = await db.query<{ reporter_key: string; targets: string }>(HISTORIES, [textArray(keys.slice(i, i + HISTORY_CHUNK))], { name: 'kuzet_triage_histories' });
    for (const r of rows) lists.set(r.reporter_key, Float64Array.from(r.targets.split(','), Number));
  }
  return {
    // Not there: a reporter with only this target (as decide() assumes of one without history).
    size: (key) => lists.get(key)?.length ?? 1,
    shared: (a, b) => {
      const la = lists.get(a);
      const lb = lists.get(b);
      if (!la || !lb) return 1;
      // Both sorted: one merge counts the targets in both (this one among them).
      let shared = 0;
      for (let i = 0, j = 0; i < la.length && j < lb.length; ) {
        const x = la[i] as number;
        const y = lb[j] as number;
        if (x === y) shared++;
        if (x <= y) i++;
        if (y <= x) j++;
      }
      return shared;
    },
  };
}
