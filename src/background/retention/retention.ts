// Retention (issue 6.1): threads not seen for `retentionDays` (settings, default 30) are
// forgotten, then the authors only they held. Runs when the worker wakes, at most once an hour:
// the worker has no timer that survives being killed, and waking is frequent while it matters.
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { bumpCounter, type KuzetDb } from '../db.ts';
import { forgetStaleAuthors, forgetThreads } from './forgetThreads.ts';
import { watchQuota, type StorageEstimate } from './quotaWatch.ts';

export const DAY_MS = 86_400_000;
export const RUN_EVERY_MS = 3_600_000;

export interface RetentionDeps {
  db: KuzetDb;
  now: number;
  retentionDays: number;
  /** navigator.storage.estimate, where the browser has it. */
  estimate?: (() => Promise<StorageEstimate>) | undefined;
}

/** Forgets what is past retention; returns the number of comments deleted. */
export async function applyRetention(db: KuzetDb, now: number, retentionDays = DEFAULT_SETTINGS.retentionDays): Promise<number> {
  const cutoff = now - retentionDays * DAY_MS;
  const old = await db.threads.where('lastSeen').below(cutoff).primaryKeys();
  const deleted = await forgetThreads(db, old);
  await forgetStaleAuthors(db, cutoff);
  return deleted;
}

/** Retention, then the quota watch, unless both ran within the hour. */
export async function maybeRunRetention({ db, now, retentionDays, estimate }: RetentionDeps): Promise<boolean> {
  const last = (await db.counters.get('data:retentionAt'))?.value ?? 0;
  if (now - last < RUN_EVERY_MS) return false;
  await db.counters.put({ name: 'data:retentionAt', value: now });
  const expired = await applyRetention(db, now, retentionDays);
  if (expired > 0) await bumpCounter(db, 'data:expiredComments', expired);
  if (estimate) await watchQuota(db, estimate, now);
  return true;
}
