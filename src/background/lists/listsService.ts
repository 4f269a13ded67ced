// The lists room in the worker: answers the popup and options, checks every subscription and
// sends the report queue on the `alarms` schedule (an alarm outlives the worker; a timer would
// not), and asks for open threads to be rescored when a list's content changed.
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';
import { loadInstallKey } from '../installKey.ts';
import { deliverDueReports } from '../reports/deliverReports.ts';
import type { FetchLike } from './fetchBytes.ts';
import { readPolicy, readReportServer, writePolicy, writeReportServer } from './listConfig.ts';
import { refreshList } from './refreshList.ts';
import { subscribe, subscriptionViews, unsubscribe } from './subscriptions.ts';

export const LISTS_ALARM = 'kuzet-lists';
export const REPORTS_ALARM = 'kuzet-reports';

export interface ListsDeps {
  db: KuzetDb;
  fetch: FetchLike;
  now: () => number;
  random?: () => number;
  /** Firefox's data consent for sending reports (reports/dataConsent.ts); absent = always allowed. */
  maySend?: () => Promise<boolean>;
}

type Status = Response<'lists/status'>;

export function createListsService({ db, fetch, now, random = Math.random, maySend }: ListsDeps) {
  let rescore: (threadUrls: readonly string[]) => Promise<void> = async () => undefined;
  // One refresh or delivery at a time in this worker: an alarm and a click must not interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  async function status(): Promise<Status> {
    const reports = await db.reportQueue.orderBy('createdAt').reverse().limit(100).toArray();
    return {
      subscriptions: await subscriptionViews(db, now()),
      policy: await readPolicy(db),
      reportServer: await readReportServer(db),
      reports: reports.map((r) => ({
        id: r.id,
        authorKey: r.authorKey,
        displayName: r.displayName,
        category: r.category,
        status: r.status,
        createdAt: r.createdAt,
        attempts: r.attempts ?? 0,
        lastError: r.lastError ?? null,
      })),
    };
  }

  /** Rescores the threads open tabs show, so a list change reaches the badges without a reload. */
  async function rescoreOpenThreads(): Promise<void> {
    const urls = [...new Set((await db.tabs.toArray()).map((t) => t.threadUrl))];
    if (urls.length > 0) await rescore(urls);
  }

  async function refreshAll(): Promise<void> {
    let changed = false;
    for (const url of await db.listSubscriptions.toCollection().primaryKeys()) {
      changed = (await refreshList(db, url, fetch, now())) === 'accepted' || changed;
    }
    if (changed) await rescoreOpenThreads();
  }

  const deliver = () => deliverDueReports({ db, fetch, now, random, installKey: () => loadInstallKey(db), ...(maySend ? { maySend } : {}) });

  return {
    /** The verdict service's whole-thread rescoring, wired in by the router. */
    onListsChanged(fn: (threadUrls: readonly string[]) => Promise<void>) {
      rescore = fn;
    },
    status,
    subscribe: (p: Request<'lists/subscribe'>) =>
      serial(async () => {
        await subscribe(db, p.url, p.publicKey, p.trust, now());
        if ((await refreshList(db, p.url, fetch, now())) === 'accepted') await rescoreOpenThreads();
        return status();
      }),
    unsubscribe: (p: Request<'lists/unsubscribe'>) =>
      serial(async () => {
        if (await unsubscribe(db, p.url)) await rescoreOpenThreads();
        return status();
      }),
    refresh: () => serial(async () => (await refreshAll(), await deliver(), status())),
    config: (p: Request<'lists/config'>) =>
      serial(async () => {
        if (p.policy) await writePolicy(db, p.policy);
        if (p.reportServer !== undefined) await writeReportServer(db, p.reportServer);
        if (p.policy) await rescoreOpenThreads();
        return status();
      }),
    /** The alarms' work; also run when a report is queued, so it leaves at once when online. */
    onAlarm: (name: string) => (name === LISTS_ALARM ? serial(refreshAll) : name === REPORTS_ALARM ? serial(deliver).then(() => undefined) : Promise.resolve()),
    deliverSoon: () => void serial(deliver).catch((error: unknown) => console.warn('Kuzet: sending reports failed', error)),
  };
}

export type ListsService = ReturnType<typeof createListsService>;
