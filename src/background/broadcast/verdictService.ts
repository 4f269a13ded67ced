// The one place verdicts change: batches, trust changes and settled threads. Scoring jobs run
// one at a time, because a whole-thread rescore that read the thread before a batch landed must
// not overwrite that batch's fresher verdicts. A thread whose activity settles (no batch for
// SETTLE_MS) has all its authors rescored once, catching effects the per-batch rescoring leaves
// out; that timer lives in memory only, and losing it to a worker kill loses no comment and no
// verdict. Work off the badge's path (settled threads, burst-window neighbours, photo hashing)
// runs only while no batch waits, in small jobs (idleRescores.ts).
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';
import { handleCommentsBatch } from '../handlers/commentsBatch.ts';
import { handleTrustAuthor } from '../handlers/trustAuthor.ts';
import { rescoreThread, rescoreUnlessYielding } from '../handlers/rescoreThreads.ts';
import type { PushVerdicts } from './pushVerdicts.ts';
import { createIdleRescores } from './idleRescores.ts';
import { hashPendingAvatars } from '../avatars/hashAvatars.ts';
import type { AvatarReader } from '../avatars/readAvatar.ts';
import { createQueueTimings } from './queueTimings.ts';

export const SETTLE_MS = 3_000;

export interface VerdictServiceDeps {
  db: KuzetDb;
  now: () => number;
  push?: PushVerdicts | undefined;
  /** Reads profile photos for the avatar index (background only); absent in tests without images. */
  readAvatar?: AvatarReader | undefined;
  /** Timers; tests pass their own. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export function createVerdictService({ db, now, push, readAvatar, setTimer = setTimeout, clearTimer = (t) => clearTimeout(t as number) }: VerdictServiceDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  // What the queue runs, for the content-script bench only: recorded while it measures.
  const timings = createQueueTimings();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const timed = () => timings.job(job);
    const run = queue.then(timed, timed);
    queue = run.catch(() => undefined);
    return run;
  };
  const idle = createIdleRescores({
    serial,
    // Scored first, pushed after: `push?.(…, await rescoreThread(…))` would skip the scoring
    // itself, not only the push, wherever no tab is listening (`?.` drops the arguments too).
    rescore: timings.labelled(
      ([, authors]) => `idle rescore of ${authors.length}`,
      async (threadUrl, authors, yieldNow) => {
        const changed = await rescoreUnlessYielding(db, threadUrl, authors, now(), { yieldNow });
        if (changed === null) return false;
        push?.(threadUrl, changed);
        return true;
      },
      (rescored) => (rescored ? undefined : 'idle rescore, stepped aside'),
    ),
    authorsOf: timings.labelled('settled thread listed', async (threadUrl) => {
      const pairs = await db.authorThreads.where('threadUrl').equals(threadUrl).primaryKeys();
      return [...new Set(pairs.map(([author]) => author))];
    }),
    hashAvatars: readAvatar && timings.labelled('photo hashing', () => hashPendingAvatars(db, readAvatar, now(), push)),
  });
  const timers = new Map<string, unknown>();
  const settle = (threadUrl: string) => {
    if (timers.has(threadUrl)) clearTimer(timers.get(threadUrl));
    timers.set(threadUrl, setTimer(() => {
      timers.delete(threadUrl);
      idle.settled(threadUrl);
    }, SETTLE_MS));
  };
  return {
    batch: (p: Request<'comments/batch'>, tabId: number): Promise<Response<'comments/batch'>> => {
      const mark = timings.arrived();
      return idle.batch(timings.labelled('batch', () => {
        mark?.('started');
        return handleCommentsBatch(db, p, tabId, now(), { push, settle, later: idle.later, mark });
      }));
    },
    trust: (p: Request<'author/trust'>): Promise<Response<'author/trust'>> => serial(() => handleTrustAuthor(db, p, now(), push)),
    /** Rescores whole threads (a list update): every tab showing them gets the changes. */
    rescore: (threadUrls: readonly string[]): Promise<void> =>
      serial(async () => {
        for (const url of new Set(threadUrls)) {
          const changed = await rescoreThread(db, url, 'all', now());
          push?.(url, changed);
        }
      }),
  };
}

export type VerdictService = ReturnType<typeof createVerdictService>;
