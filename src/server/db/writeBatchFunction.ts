// Migration 3's function: intake's whole batch write (reports, their reporters and targets, the
// reporters' rate-limit buckets) as ONE statement inside a PL/pgSQL function. PL/pgSQL keeps the
// statement's plan for the connection, so a batch costs an execution, not a parse and a plan of
// five CTEs (about 2.5 ms of PGlite's CPU a batch, measured). Shipped in a migration: change it
// only by appending a migration with `create or replace function`.
//
// One statement is one implicit transaction: all of it commits or none of it. The final select
// reads the snapshot from before the statement, so it sees only reports that were already there
// (the ones ON CONFLICT skipped): a retry, or an id reused with another body.
export const WRITE_BATCH_FUNCTION = `
create function kuzet_write_batch(batch_rows json, limits json)
returns table (id text, inserted boolean, body_sha256 text, status text)
language plpgsql as $fn$
#variable_conflict use_column
begin
  return query
  with batch as (
    -- body as text: json_to_recordset hands over the object's JSON text as it was sent.
    select * from json_to_recordset(batch_rows)
      as t(id text, rk text, ak text, kh text, dn text, cat text, body text, sha text, ca bigint, ra bigint)
  ), ins as (
    insert into reports (id, reporter_key, author_key, key_hash, category, body, body_sha256, created_at, received_at)
    select id, rk, ak, kh, cat, body, sha, ca, ra from batch
    on conflict (id) do nothing
    returning id
  ), fresh as (
    select batch.* from batch join ins using (id)
  ), rep as (
    insert into reporters (key, first_seen)
    select distinct on (rk) rk, ra from fresh order by rk, ra
    on conflict (key) do nothing
  ), tgt as (
    -- One row per target (ON CONFLICT DO UPDATE may not touch a row twice in a statement), and
    -- a target already waiting for triage is left alone: no new row version, no index entries.
    insert into targets (key_hash, author_key, display_name, category, first_seen)
    select distinct on (kh) kh, ak, dn, cat, ra from fresh order by kh, ra
    on conflict (key_hash) do update set dirty = true where not targets.dirty
  ), lim as (
    insert into rate_buckets (key, tokens, at)
    select key, tokens, at from json_to_recordset(limits) as l(key text, tokens double precision, at bigint)
    on conflict (key) do update set tokens = excluded.tokens, at = excluded.at
  )
  select b.id, (i.id is not null), r.body_sha256, r.status
  from batch b left join ins i on i.id = b.id
    -- Only a row ON CONFLICT skipped needs its stored hash: one primary-key lookup, never a scan.
    left join lateral (select reports.body_sha256, reports.status from reports where reports.id = b.id and i.id is null) r on true;
end
$fn$`;
