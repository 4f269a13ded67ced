// How long a report waits before the next try: doubling from a minute up to six hours, with
// jitter so a thousand installs that went offline together do not return together; a server's
// Retry-After is obeyed when it asks for longer.
export const FIRST_DELAY_MS = 60_000;
export const MAX_DELAY_MS = 6 * 60 * 60_000;

/** `attempts` already made (1 after the first failure); `random` in [0, 1). */
export function retryDelay(attempts: number, random: number, retryAfterMs?: number): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.round(base * (0.75 + 0.5 * random));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Status polls: soon after sending, then ever more rarely while a moderator decides. */
export function pollDelay(polls: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, polls));
}
