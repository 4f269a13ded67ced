// The one place verdicts change: batches, trust changes and settled threads. Scoring jobs run
// one at a time, because a whole-thread rescore that read the thread before a batch landed must
// not overwrite that batch's fresher verdicts. A thread whose activity settles (no batch for
// SETTLE_MS) is rescored whole once, catching effects the per-batch rescoring leaves out; that
// timer lives in memory only, and losing it to a worker kill loses no comment and no verdict.
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';
import { handleCommentsBatch } from '../handlers/commentsBatch.ts';
import { handleTrustAuthor } from '../handlers/trustAuthor.ts';
import { rescoreThread } from '../handlers/rescoreThreads.ts';
import type { PushVerdicts } from './pushVerdicts.ts';
import { hashPendingAvatars } from '../avatars/hashAvatars.ts';
import type { AvatarReader } from '../avatars/readAvatar.ts';

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
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  const timers = new Map<string, unknown>();
  const settle = (threadUrl: string) => {
    if (timers.has(threadUrl)) clearTimer(timers.get(threadUrl));
    timers.set(threadUrl, setTimer(() => {
      timers.delete(threadUrl);
      void serial(async () => push?.(threadUrl, await rescoreThread(db, threadUrl, 'all', now()))).catch((error: unknown) =>
        console.warn('Kuzet: rescoring a settled thread failed', error),
      );
    }, SETTLE_MS));
  };
  return {
    batch: async (p: Request<'comments/batch'>, tabId: number): Promise<Response<'comments/batch'>> => {
      const answer = await serial(() => handleCommentsBatch(db, p, tabId, now(), { push, settle }));
      // Photos are hashed after the answer, off the badge's path.
      if (readAvatar) void serial(() => hashPendingAvatars(db, readAvatar, now(), push)).catch(() => undefined);
      return answer;
    },
    trust: (p: Request<'author/trust'>): Promise<Response<'author/trust'>> => serial(() => handleTrustAuthor(db, p, now(), push)),
    /** Rescores whole threads (a list update): every tab showing them gets the changes. */
    rescore: (threadUrls: readonly string[]): Promise<void> =>
      serial(async () => {
        for (const url of new Set(threadUrls)) push?.(url, await rescoreThread(db, url, 'all', now()));
      }),
  };
}

export type VerdictService = ReturnType<typeof createVerdictService>;
