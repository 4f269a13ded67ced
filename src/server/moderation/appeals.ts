// Appeals from anyone who believes an account was listed wrongly, and moderators' answers.
// Upholding keeps the entry; delisting removes it from the next published list. Both audited.
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { keyHash } from '../../core/lists/format.ts';
import type { Database } from '../db/database.ts';
import { appendAudit } from '../audit/log.ts';

export const appealRequestSchema = v.object({
  authorKey: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(300)),
  statement: v.pipe(v.string(), v.trim(), v.minLength(10), v.maxLength(5000)),
  contact: v.pipe(v.string(), v.trim(), v.maxLength(300)),
});
export const appealAnswerSchema = v.object({
  answer: v.picklist(['uphold', 'delist']),
  reason: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(2000)),
});

export async function fileAppeal(db: Database, request: v.InferOutput<typeof appealRequestSchema>, now: number): Promise<string> {
  const id = randomUUID();
  const hash = await keyHash(request.authorKey);
  await db.transaction(async (tx) => {
    await tx.query('insert into appeals (id, key_hash, author_key, statement, contact, created_at) values ($1, $2, $3, $4, $5, $6)', [
      id,
      hash,
      request.authorKey,
      request.statement,
      request.contact,
      now,
    ]);
    // The contact stays out of the exportable log: it is personal data, the statement is not.
    await appendAudit(tx, now, 'public', 'appeal.filed', { appealId: id, keyHash: hash, statement: request.statement });
  });
  return id;
}

export async function answerAppeal(
  db: Database,
  id: string,
  answer: v.InferOutput<typeof appealAnswerSchema>,
  moderator: string,
  now: number,
): Promise<'done' | 'not-found'> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ key_hash: string }>("select key_hash from appeals where id = $1 and state = 'open' for update", [id]);
    const appeal = rows[0];
    if (!appeal) return 'not-found';
    await tx.query('update appeals set state = $2 where id = $1', [id, answer.answer === 'delist' ? 'delisted' : 'upheld']);
    if (answer.answer === 'delist') {
      await tx.query(
        "update targets set state = 'rejected', decided_at = $2, decision_reason = $3 where key_hash = $1 and state = 'accepted'",
        [appeal.key_hash, now, answer.reason],
      );
      await tx.query("update reports set status = 'rejected' where key_hash = $1", [appeal.key_hash]);
    }
    await appendAudit(tx, now, moderator, `appeal.${answer.answer}`, { appealId: id, keyHash: appeal.key_hash, reason: answer.reason });
    return 'done';
  });
}
