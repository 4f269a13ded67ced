// What moderators see: queued targets with their evidence, each reporter's record and weight,
// and the brigade warning; plus open appeals.
import { num, type Database } from '../db/database.ts';
import { reporterWeight, type BrigadeRules } from '../brigade/rules.ts';
import type { SignedReport } from '../../core/lists/format.ts';

export interface QueueItem {
  keyHash: string;
  authorKey: string;
  displayName: string;
  category: string;
  score: number;
  units: number;
  possibleBrigade: boolean;
  protectedAccount: boolean;
  queuedAt: number;
  reports: {
    id: string;
    receivedAt: number;
    category: string;
    note: string;
    evidence: SignedReport['evidence'];
    reporter: { key: string; confirmed: number; rejected: number; weight: number };
  }[];
}

export async function moderationQueue(db: Database, rules: BrigadeRules, limit = 50): Promise<QueueItem[]> {
  const { rows: targets } = await db.query<Record<string, unknown>>(
    `select t.*, exists (select 1 from protected_accounts p where p.key_hash = t.key_hash) as is_protected
     from targets t where state = 'moderation' order by queued_at limit $1`,
    [limit],
  );
  const items: QueueItem[] = [];
  for (const t of targets) {
    const { rows } = await db.query<{ id: string; received_at: unknown; body: SignedReport; reporter_key: string; confirmed: unknown; rejected: unknown }>(
      `select r.id, r.received_at, r.body, r.reporter_key, p.confirmed, p.rejected
       from reports r join reporters p on p.key = r.reporter_key where r.key_hash = $1 order by r.received_at limit 200`,
      [t.key_hash],
    );
    items.push({
      keyHash: String(t.key_hash),
      authorKey: String(t.author_key),
      displayName: String(t.display_name),
      category: String(t.category),
      score: num(t.score),
      units: num(t.units),
      possibleBrigade: Boolean(t.brigade),
      protectedAccount: Boolean(t.is_protected),
      queuedAt: num(t.queued_at),
      reports: rows.map((r) => {
        const record = { confirmed: num(r.confirmed), rejected: num(r.rejected) };
        return {
          id: r.id,
          receivedAt: num(r.received_at),
          category: r.body.category,
          note: r.body.note,
          evidence: r.body.evidence,
          reporter: { key: r.reporter_key, ...record, weight: reporterWeight(record, rules).weight },
        };
      }),
    });
  }
  return items;
}

export async function openAppeals(db: Database): Promise<{ id: string; keyHash: string; authorKey: string; statement: string; contact: string; createdAt: number }[]> {
  const { rows } = await db.query<Record<string, unknown>>("select * from appeals where state = 'open' order by created_at limit 100");
  return rows.map((r) => ({
    id: String(r.id),
    keyHash: String(r.key_hash),
    authorKey: String(r.author_key),
    statement: String(r.statement),
    contact: String(r.contact),
    createdAt: num(r.created_at),
  }));
}
