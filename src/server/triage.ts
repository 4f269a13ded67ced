// Re-decides every target that got new reports since it was last looked at, moving it to the
// moderation queue when decide() says so and giving each of its reports the target's status.
import { decide } from './brigade/decide.ts';
import type { ReportHistories } from './brigade/independence.ts';
import type { BrigadeRules, ReporterRecord } from './brigade/rules.ts';
import { num, type Database } from './db/database.ts';

const REPORT_STATUS: Record<string, string> = { open: 'queued', moderation: 'moderation', accepted: 'accepted', rejected: 'rejected' };

/** Triages up to `limit` dirty targets (small: under load intake comes first, triage catches up); returns how many it looked at. */
export async function triage(db: Database, now: number, rules: BrigadeRules, limit = 25): Promise<number> {
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
  for (const target of targets) {
    // Yield to I/O between targets: PGlite runs in this thread, and intake must not wait.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (target.state !== 'open') {
      // Decided or queued already: new reports only take the target's status.
      await db.query('update reports set status = $2 where key_hash = $1 and status <> $2', [target.key_hash, REPORT_STATUS[target.state]]);
    } else if ((reporters.get(target.key_hash) ?? 0) >= minUnits) {
      // Fewer reporters than units needed can never reach the queue: skip the full decision.
      await triageOne(db, target.key_hash, target.state, now, rules);
    }
  }
  return targets.length;
}

// A target's reports with their reporters' records and whether it is protected, in ONE
// statement: on the PGlite thread each statement costs ~1 ms however small, and triage used to
// spend eight a target (four reads, a transaction of two updates).
const TARGET_CASE = `
select pa.protected, r.reporter_key, r.received_at, rp.confirmed, rp.rejected
from (select exists (select 1 from protected_accounts where key_hash = $1) as protected) pa
  left join reports r on r.key_hash = $1
  left join reporters rp on rp.key = r.reporter_key`;

// The target's new standing and its reports' status as one statement: one implicit
// transaction, so both change or neither does, without a begin and a commit round trip.
const DECIDED = `
with target as (
  update targets set score = $2, units = $3, brigade = $4, state = $5,
    queued_at = case when $5 = 'moderation' and queued_at is null then $6::bigint else queued_at end
  where key_hash = $1
)
update reports set status = $7 where key_hash = $1 and status <> $7`;

interface CaseRow {
  protected: boolean;
  reporter_key: string | null;
  received_at: unknown;
  confirmed: unknown;
  rejected: unknown;
}

async function triageOne(db: Database, keyHash: string, state: string, now: number, rules: BrigadeRules): Promise<void> {
  const { rows } = await db.query<CaseRow>(TARGET_CASE, [keyHash]);
  // One row even without reports (it carries `protected`); a report row has its reporter key.
  const reports = rows.filter((r): r is CaseRow & { reporter_key: string } => r.reporter_key !== null);
  const records = new Map<string, ReporterRecord>();
  // No reporters row: no record (a newcomer), as when records were read on their own.
  for (const r of reports) if (r.confirmed !== null) records.set(r.reporter_key, { confirmed: num(r.confirmed), rejected: num(r.rejected) });
  const histories = await readHistories(db, [...new Set(reports.map((r) => r.reporter_key))]);
  const decision = decide(
    {
      keyHash,
      protected: rows[0]?.protected === true,
      reports: reports.map((r) => ({ reporterKey: r.reporter_key, receivedAt: num(r.received_at) })),
      records,
      histories,
    },
    rules,
  );
  const next = state === 'open' && decision.reachesModeration ? 'moderation' : state;
  await db.query(DECIDED, [keyHash, decision.score, decision.units, decision.possibleBrigade, next, now, REPORT_STATUS[next]]);
}

// Each reporter's targets as small integers, numbered in this statement, in order: all that
// co-reporting reads (how many each has, how many two share). Shipping every history as an
// array of 64-character hashes cost the main thread more parsing than the decision itself;
// counting pairs in SQL (a self-join), or only the shared targets (two more sorts), cost the
// database more than this (same-run A/B on PGlite and PostgreSQL).
const HISTORIES = `
select reporter_key, string_agg(t::text, ',' order by t) as targets
from (
  select reporter_key, dense_rank() over (order by key_hash) as t
  from (select distinct reporter_key, key_hash from reports where reporter_key = any($1::text[])) seen
) numbered
group by reporter_key`;

export async function readHistories(db: Database, keys: string[]): Promise<ReportHistories> {
  const { rows } = await db.query<{ reporter_key: string; targets: string }>(HISTORIES, [keys]);
  const lists = new Map(rows.map((r) => [r.reporter_key, Int32Array.from(r.targets.split(','), Number)]));
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
