// The schema as an ordered list of migrations, applied once each, identical for PGlite and
// PostgreSQL. Never edit a migration that has shipped: append a new one.
import type { Database } from './database.ts';

const MIGRATIONS: string[] = [
  `
  create table reporters (
    key text primary key,
    first_seen bigint not null,
    confirmed integer not null default 0,
    rejected integer not null default 0
  );
  create table reports (
    id text primary key,
    reporter_key text not null,
    author_key text not null,
    key_hash text not null,
    category text not null,
    body jsonb not null,
    body_sha256 text not null,
    created_at bigint not null,
    received_at bigint not null,
    status text not null default 'queued'
  );
  create index reports_key_hash on reports (key_hash);
  create index reports_reporter on reports (reporter_key);
  create table targets (
    key_hash text primary key,
    author_key text not null,
    display_name text not null,
    category text not null,
    state text not null default 'open',
    score double precision not null default 0,
    units integer not null default 0,
    brigade boolean not null default false,
    first_seen bigint not null,
    queued_at bigint,
    decided_at bigint,
    decision_reason text,
    reasons text[] not null default '{}',
    dirty boolean not null default true
  );
  create index targets_dirty on targets (dirty) where dirty;
  create index targets_state on targets (state);
  create table protected_accounts (
    key_hash text primary key,
    author_key text not null,
    note text not null,
    added_at bigint not null
  );
  create table appeals (
    id text primary key,
    key_hash text not null,
    author_key text not null,
    statement text not null,
    contact text not null,
    created_at bigint not null,
    state text not null default 'open'
  );
  create table audit_log (
    seq bigint primary key,
    at bigint not null,
    actor text not null,
    action text not null,
    payload jsonb not null,
    prev_hash text not null,
    hash text not null
  );
  create table list_versions (
    version integer primary key,
    published_at bigint not null,
    entries jsonb not null
  );
  `,
  // 2: rate-limit buckets per reporter key, written with the reports (a restart keeps limits).
  `
  create table rate_buckets (
    key text primary key,
    tokens double precision not null,
    at bigint not null
  );
  `,
];

export async function migrate(db: Database): Promise<void> {
  await db.exec('create table if not exists schema_migrations (version integer primary key, applied_at timestamptz not null default now())');
  const { rows } = await db.query<{ version: number }>('select version from schema_migrations');
  const done = new Set(rows.map((row) => Number(row.version)));
  for (const [index, sql] of MIGRATIONS.entries()) {
    if (done.has(index + 1)) continue;
    await db.transaction(async (tx) => {
      for (const statement of sql.split(';').map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [index + 1]);
    });
  }
}
