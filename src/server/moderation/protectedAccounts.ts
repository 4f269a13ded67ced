// The moderator-kept protected list (journalists, media, candidates): accounts on it need more
// established reporters to reach the queue. Changes are audited like decisions.
import * as v from 'valibot';
import { keyHash } from '../../core/lists/format.ts';
import type { Database } from '../db/database.ts';
import { appendAudit } from '../audit/log.ts';

export const protectRequestSchema = v.object({
  authorKey: v.pipe(v.string(), v.minLength(3), v.maxLength(300)),
  note: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(500)),
  protect: v.boolean(),
});
export type ProtectRequest = v.InferOutput<typeof protectRequestSchema>;

export async function setProtected(db: Database, request: ProtectRequest, moderator: string, now: number): Promise<void> {
  const hash = await keyHash(request.authorKey);
  await db.transaction(async (tx) => {
    if (request.protect) {
      await tx.query(
        `insert into protected_accounts (key_hash, author_key, note, added_at) values ($1, $2, $3, $4)
         on conflict (key_hash) do update set note = excluded.note`,
        [hash, request.authorKey, request.note, now],
      );
    } else {
      await tx.query('delete from protected_accounts where key_hash = $1', [hash]);
    }
    // Re-decide it with the new threshold at the next triage.
    await tx.query('update targets set dirty = true where key_hash = $1', [hash]);
    await appendAudit(tx, now, moderator, request.protect ? 'protect.add' : 'protect.remove', { keyHash: hash, authorKey: request.authorKey, note: request.note });
  });
}
