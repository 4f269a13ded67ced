// What every route handler gets: the store, the limits, the clock and the configured actions.
import type { ListMeta } from '../../core/lists/format.ts';
import type { ServerConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { IntakePool } from '../reports/intakePool.ts';
import type { RateLimit } from '../reports/rateLimit.ts';
import type { reportStore } from '../reports/store.ts';

export interface AppContext {
  db: Database;
  store: ReturnType<typeof reportStore>;
  /** Checks raw report bodies off the main thread. */
  intake: IntakePool;
  reportLimit: RateLimit;
  appealLimit: RateLimit;
  config: ServerConfig;
  /** The moderator's name for an Authorization header, or null. */
  moderator: (authorization: string | undefined) => string | null;
  now: () => number;
  publish: () => Promise<ListMeta>;
  /** Triages dirty targets; `hurry`: a person is waiting, so triage does not give way to intake. */
  triage: (hurry?: boolean) => Promise<number>;
}
