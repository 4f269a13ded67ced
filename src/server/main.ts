// Starts the list server: opens the store (PGlite in the data dir, or PostgreSQL when
// DATABASE_URL is set), listens on 127.0.0.1, triages new reports every few seconds and
// publishes the signed list on a schedule. `close()` stops timers and flushes pending writes.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { ServerConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { createApp } from './http/app.ts';
import type { AppContext } from './http/context.ts';
import { moderatorFor, readModerators } from './moderators.ts';
import { loadOrCreateListKey } from './publish/listKey.ts';
import { publishList } from './publish/publish.ts';
import { intakePool } from './reports/intakePool.ts';
import { loadRateBuckets } from './reports/rateBuckets.ts';
import { tokenBuckets } from './reports/rateLimit.ts';
import { reportStore } from './reports/store.ts';
import { triage } from './triage.ts';
import { TRIAGE_YIELD_MS, triagePacer } from './triagePacer.ts';

export interface RunningServer {
  url: string;
  context: AppContext;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, now: () => number = Date.now): Promise<RunningServer> {
  mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pgdata` });
  const key = await loadOrCreateListKey(config.listKeyFile);
  const buckets = await loadRateBuckets(db, config.rateLimit, now());
  let triaging: Promise<number> | null = null;
  const store = reportStore(db);
  // PGlite: triage and intake share one session, intake first. PostgreSQL: separate connections.
  const pacer = triagePacer(store.busy, db.kind === 'pglite' ? TRIAGE_YIELD_MS : 0);
  const context: AppContext = {
    db,
    store,
    intake: intakePool(config.intakeWorkers),
    reportLimit: tokenBuckets(config.rateLimit.perHour, config.rateLimit.burst, { preload: buckets }),
    appealLimit: tokenBuckets(10, 5),
    config,
    // Read on each request so adding a moderator needs no restart.
    moderator: (header) => moderatorFor(header, readModerators(config.moderatorsFile)),
    now,
    // One triage at a time: the timer and a moderator's refresh must not decide a target twice.
    // A moderator's refresh hurries the run in progress too, if it joins one.
    triage: (hurry = false) => {
      if (hurry) pacer.hurry(true);
      return (triaging ??= triage(db, now(), config.rules, { pause: pacer.pause }).finally(() => {
        triaging = null;
        pacer.hurry(false);
      }));
    },
    publish: async () => {
      await context.triage();
      return publishList(db, {
        outDir: config.publishDir,
        key,
        name: config.listName,
        maintainer: config.maintainer,
        now: now(),
        validForMs: config.listValidForMs,
        deltas: 5,
      });
    },
  };
  const server = createApp(context);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, '127.0.0.1', resolve);
  });
  const timers = [
    config.triageEveryMs > 0 ? setInterval(() => void context.triage().catch(logError('triage')), config.triageEveryMs) : null,
    config.publishEveryMs > 0 ? setInterval(() => void context.publish().catch(logError('publish')), config.publishEveryMs) : null,
  ];
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    context,
    async close() {
      for (const timer of timers) if (timer) clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await context.store.flush();
      await context.intake.close();
      await triaging;
      await db.close();
    },
  };
}

const logError = (what: string) => (error: unknown) => console.error(`kuzet server: ${what} failed:`, error);
