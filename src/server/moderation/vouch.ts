// Vouching: a moderator marks a reporter key as established (known activists when a list
// starts; nobody is established on a fresh server, and newcomers alone never reach the queue).
import * as v from 'valibot';
import { publicKeySchema } from '../../core/lists/format.ts';
import type { Database } from '../db/database.ts';
import { appendAudit } from '../audit/log.ts';

export const vouchRequestSchema = v.object({
  reporterKey: publicKeySchema,
  note: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(500)),
});

/** Gives the key the record of four confirmed reports (full weight), unless it has more. */
export async function vouch(db: Database, request: v.InferOutput<typeof vouchRequestSchema>, moderator: string, now: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into reporters (key, first_seen, confirmed) values ($1, $2, 4)
       on conflict (key) do update set confirmed = greatest(reporters.confirmed, 4)`,
      [request.reporterKey, now],
    );
    // Targets this reporter already reported may now pass: decide them again.
    await tx.query('update targets set dirty = true where key_hash in (select key_hash from reports where reporter_key = $1)', [request.reporterKey]);
    await appendAudit(tx, now, moderator, 'reporter.vouch', { reporterKey: request.reporterKey, note: request.note });
  });
}
