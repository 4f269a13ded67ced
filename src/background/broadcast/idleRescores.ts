// Work off the badge's path: authors whose verdict a batch may have moved only indirectly (the
// burst window's other authors), every author of a thread whose activity settled, and photo
// hashing, and the earlier copiers of a batch's texts. Kept as a set of stale authors per thread
// and rescored a few at a time, only while no batch waits: a comment read meanwhile waits for
// one small job at most, never for a whole 5,000-comment thread. How few is measured: an author
// with dozens of copied comments costs far more than one with a single comment, so each job
// takes as many authors as the last job's cost per author fits in IDLE_BUDGET_MS. A job also
// gives up between its reads and its scoring when a batch arrived meanwhile (its authors stay
// stale and are taken again after the batch): a batch then waits for one read or one scoring
// step, not for a whole job (issue 5: a late comment's badge). Changes are pushed to every tab
// showing the thread.
import type { AuthorKey } from '../../core/model.ts';

/** Authors per job at most: bounds how long a new batch can wait behind this work. */
export const IDLE_CHUNK = 20;
/** Time one job aims at: a batch arriving meanwhile waits about this long at most. */
export const IDLE_BUDGET_MS = 25;

export interface IdleRescoreDeps {
  /** Runs a job in the verdict service's one-at-a-time queue. */
  serial: <T>(job: () => Promise<T>) => Promise<T>;
  /**
   * Rescores some authors of a thread and pushes what changed; `yieldNow` says a batch waits.
   * Resolves false when it gave up for that batch before writing anything.
   */
  rescore: (threadUrl: string, authors: AuthorKey[], yieldNow: () => boolean) => Promise<boolean>;
  /** Every author of a thread (a settled thread is rescored whole). */
  authorsOf: (threadUrl: string) => Promise<AuthorKey[]>;
  /** Hashes pending profile photos, when the background can read them. */
  hashAvatars?: (() => Promise<unknown>) | undefined;
  /** Milliseconds, for the job sizes (tests pass their own). */
  clock?: () => number;
}

export function createIdleRescores({ serial, rescore, authorsOf, hashAvatars, clock = () => performance.now() }: IdleRescoreDeps) {
  const stale = new Map<string, Set<AuthorKey>>();
  const settled = new Set<string>();
  let avatarsDue = false;
  let batchesWaiting = 0;
  let draining = false;
  let chunkSize = IDLE_CHUNK;

  const next = (): (() => Promise<unknown>) | null => {
    const [thread] = settled;
    if (thread !== undefined) {
      settled.delete(thread);
      return async () => mark(thread, await authorsOf(thread));
    }
    for (const [threadUrl, authors] of stale) {
      const chunk = [...authors].slice(0, chunkSize);
      for (const author of chunk) authors.delete(author);
      if (authors.size === 0) stale.delete(threadUrl);
      return async () => {
        const started = clock();
        if (!(await rescore(threadUrl, chunk, () => batchesWaiting > 0))) return mark(threadUrl, chunk); // taken again after the batch
        const perAuthor = (clock() - started) / chunk.length;
        chunkSize = Math.max(1, Math.min(IDLE_CHUNK, Math.floor(IDLE_BUDGET_MS / Math.max(perAuthor, 1e-3))));
      };
    }
    if (avatarsDue && hashAvatars) {
      avatarsDue = false;
      return hashAvatars;
    }
    return null;
  };
  const drain = async () => {
    if (draining) return;
    draining = true;
    for (let job = next(); job && batchesWaiting === 0; job = batchesWaiting === 0 ? next() : null) {
      await serial(job).catch((error: unknown) => console.warn('Kuzet: background rescoring failed', error));
    }
    draining = false;
  };
  const mark = (threadUrl: string, authors: readonly AuthorKey[]) => {
    let set = stale.get(threadUrl);
    if (!set) stale.set(threadUrl, (set = new Set()));
    for (const author of authors) set.add(author);
  };

  return {
    /** A batch's scoring job: counted while it waits and runs, so idle work yields to it. */
    async batch<T>(job: () => Promise<T>): Promise<T> {
      batchesWaiting++;
      try {
        return await serial(job);
      } finally {
        batchesWaiting--;
        avatarsDue = true; // photos of the batch's authors are hashed after its answer
        void drain();
      }
    },
    /** These authors of the thread are rescored when no batch waits. */
    later: (threadUrl: string, authors: readonly AuthorKey[]) => mark(threadUrl, authors),
    /** Every author of the thread is rescored when no batch waits. */
    settled: (threadUrl: string) => {
      settled.add(threadUrl);
      void drain();
    },
  };
}
