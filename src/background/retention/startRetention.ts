// Wires retention and the quota watch to the browser: the user's retention days from settings
// (storage.local, core/settings.ts readSettings: default 30) and navigator.storage.estimate.
// Called at every worker wake; maybeRunRetention itself runs at most once an hour.
import { readSettings, SETTINGS_KEY } from '../../core/settings.ts';
import type { KuzetDb } from '../db.ts';
import { maybeRunRetention } from './retention.ts';

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
}

export const retentionDaysFrom = (local: LocalArea) => async (): Promise<number> =>
  readSettings((await local.get(SETTINGS_KEY))[SETTINGS_KEY]).retentionDays;

export function startRetention(db: KuzetDb, local: LocalArea, now: () => number): void {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage as StorageManager | undefined;
  const estimate = storage ? () => storage.estimate() : undefined;
  void retentionDaysFrom(local)()
    .then((retentionDays) => maybeRunRetention({ db, now: now(), retentionDays, estimate }))
    .catch((error: unknown) => console.warn('Kuzet: retention failed', error));
}
