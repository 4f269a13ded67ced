// Moderator decisions on a queued target, with a reason, and what they do to reporters'
// records: accepting credits only those who reported before the target reached the queue
// (piling onto a known case earns nothing); rejecting debits everyone who reported it.
import * as v from 'valibot';
import { REPORT_CATEGORIES } from '../../core/model.ts';
import { reasonCodeSchema } from '../../core/lists/format.ts';
import type { Database } from '../db/database.ts';
import { appendAudit } from '../audit/log.ts';

export const decisionRequestSchema = v.object({
  keyHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  decision: v.picklist(['accept', 'reject']),
  reason: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(2000)),
  category: v.exactOptional(v.picklist(REPORT_CATEGORIES)),
  reasonCodes: v.exactOptional(v.pipe(v.array(reasonCodeSchema), v.maxLength(20))),
});
export type DecisionRequest = v.InferOutput<typeof decisionRequestSchema>;

export type DecisionOutcome = 'done' | 'not-found' | 'not-in-queue';

export async function applyDecision(db: Database, request: DecisionRequest, moderator: string, now: number): Promise<DecisionOutcome> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ state: string; category: string }>('select state, category from targets where key_hash = $1 for update', [request.keyHash]);
    const target = rows[0];
    if (!target) return 'not-found';
    if (target.state !== 'moderation') return 'not-in-queue';
    const state = request.decision === 'accept' ? 'accepted' : 'rejected';
    const codes = request.reasonCodes ?? (await reasonCodesOf(tx, request.keyHash));
    await tx.query(
      `update targets set state = $2, decided_at = $3, decision_reason = $4, category = $5, reasons = $6::text[] where key_hash = $1`,
      [request.keyHash, state, now, request.reason, request.category ?? target.category, codes],
    );
    await tx.query('update reports set status = $2 where key_hash = $1', [request.keyHash, state]);
    if (state === 'accepted') {
      await tx.query(
        `update reporters set confirmed = confirmed + 1 where key in (
           select distinct r.reporter_key from reports r join targets t on t.key_hash = r.key_hash
           where r.key_hash = $1 and r.received_at <= t.queued_at)`,
        [request.keyHash],
      );
    } else {
      await tx.query('update reporters set rejected = rejected + 1 where key in (select distinct reporter_key from reports where key_hash = $1)', [request.keyHash]);
    }
    await appendAudit(tx, now, moderator, `decision.${request.decision}`, { keyHash: request.keyHash, reason: request.reason, category: request.category ?? target.category, reasonCodes: codes });
    return 'done';
  });
}

/** The signal ids reporters cited, most cited first: the list entry's reason codes by default. */
async function reasonCodesOf(tx: { query: Database['query'] }, keyHash: string): Promise<string[]> {
  const { rows } = await tx.query<{ code: string }>(
    `select code from reports, jsonb_array_elements_text(body->'reasons') as code where key_hash = $1 group by code order by count(*) desc, code limit 20`,
    [keyHash],
  );
  return rows.map((r) => r.code);
}
