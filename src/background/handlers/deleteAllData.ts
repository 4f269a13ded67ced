// "Delete all local data" (options page): empties every table of Kuzet's database — whatever
// tables later versions add, since it walks db.tables — and the extension's storage (settings,
// site rules, mirrors), then lets the site-rules service drop the run-time registrations the
// deleted rules had made. Nothing of Kuzet's is left on the device but the installed code.
import type { KuzetDb } from '../db.ts';
import type { Response } from '../../messages.ts';

export interface LocalStorageAreas {
  /** Clears the extension's storage.local (and any other area Kuzet writes). */
  clear(): Promise<void>;
  /** Re-reads the (now empty) site rules and unregisters what no longer exists. */
  resyncSiteRules?: (() => Promise<unknown>) | undefined;
}

export async function handleDeleteAllData(db: KuzetDb, storage: LocalStorageAreas): Promise<Response<'privacy/deleteAll'>> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  await storage.clear();
  await storage.resyncSiteRules?.();
  return { deleted: true };
}
