// 'data/status': how much Kuzet keeps and whether the quota watch forgot old threads, for the
// popup's notice (a data_evicted sentence with the count, in the reader's language).
import type { Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';

export async function handleDataStatus(db: KuzetDb, retentionDays: number): Promise<Response<'data/status'>> {
  const evictedComments = (await db.counters.get('data:evictedComments'))?.value ?? 0;
  const evictedAt = (await db.counters.get('data:evictedAt'))?.value ?? null;
  return {
    comments: await db.comments.count(),
    threads: await db.threads.count(),
    retentionDays,
    evictedComments,
    evictedAt,
    notice: evictedComments > 0 ? { key: 'data_evicted', substitutions: [String(evictedComments)], count: evictedComments } : null,
  };
}
