// Sends a batch again when the background was not there to answer: an MV3 service worker may be
// stopped at any moment (idle, update, memory), and a batch in flight then fails with a closed
// message port. The background stores batches idempotently, so sending one twice is safe, and
// dropping it would lose those comments until the page is read again.
export const RETRY_DELAYS_MS = [100, 400, 1_600, 5_000] as const;

/**
 * A refusal or a malformed answer (messages.ts throws "Kuzet: …") will not change on a retry, nor
 * will an invalidated context (the extension was updated or removed: this script is orphaned for
 * good); a lost worker will.
 */
const workerWasGone = (error: unknown) =>
  !(error instanceof Error && (error.message.startsWith('Kuzet:') || /context invalidated/i.test(error.message)));

export async function withRetry<T>(attempt: () => Promise<T>, signal: AbortSignal, delays: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const wait = delays[i];
      if (wait === undefined || signal.aborted || !workerWasGone(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (signal.aborted) throw error;
    }
  }
}
