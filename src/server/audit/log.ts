// The append-only, hash-chained audit log: every moderator decision, protection change and
// appeal. Each entry's hash covers the previous hash and the entry, so editing or dropping
// any entry breaks every hash after it (checked by verifyAuditChain).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/lists/format.ts';
import { num, type Queryable } from '../db/database.ts';

export interface AuditEntry {
  seq: number;
  at: number;
  actor: string;
  action: string;
  payload: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function entryHash(prevHash: string, entry: Pick<AuditEntry, 'seq' | 'at' | 'actor' | 'action' | 'payload'>): string {
  const { seq, at, actor, action, payload } = entry;
  return createHash('sha256').update(`${prevHash}\n${canonicalJson({ seq, at, actor, action, payload })}`).digest('hex');
}

/** Appends inside the caller's transaction, so a decision and its entry commit together. */
export async function appendAudit(tx: Queryable, at: number, actor: string, action: string, payload: Record<string, unknown>): Promise<AuditEntry> {
  // One writer at a time: two concurrent appends must not both chain to the same predecessor.
  await tx.query('lock table audit_log in share row exclusive mode');
  const { rows } = await tx.query<{ seq: unknown; hash: string }>('select seq, hash from audit_log order by seq desc limit 1');
  const last = rows[0];
  const seq = last ? num(last.seq) + 1 : 1;
  const prevHash = last ? last.hash : GENESIS_HASH;
  const hash = entryHash(prevHash, { seq, at, actor, action, payload });
  await tx.query('insert into audit_log (seq, at, actor, action, payload, prev_hash, hash) values ($1, $2, $3, $4, $5::jsonb, $6, $7)', [
    seq,
    at,
    actor,
    action,
    JSON.stringify(payload),
    prevHash,
    hash,
  ]);
  return { seq, at, actor, action, payload, prevHash, hash };
}

export async function readAudit(db: Queryable): Promise<AuditEntry[]> {
  const { rows } = await db.query<{ seq: unknown; at: unknown; actor: string; action: string; payload: Record<string, unknown>; prev_hash: string; hash: string }>(
    'select seq, at, actor, action, payload, prev_hash, hash from audit_log order by seq',
  );
  return rows.map((r) => ({ seq: num(r.seq), at: num(r.at), actor: r.actor, action: r.action, payload: r.payload, prevHash: r.prev_hash, hash: r.hash }));
}

/** The export: one JSON entry per line, oldest first. */
export const auditNdjson = (entries: AuditEntry[]): string => entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length ? '\n' : '');
