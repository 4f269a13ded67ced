// The pacer decides how long triage waits before a statement: the yield while intake has reports
// waiting, one turn of the event loop otherwise or while a moderator hurries it (fake timers).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { triagePacer } from '../../src/server/triagePacer.ts';

/** Resolves to whether `promise` settled within `ms` of fake time. */
async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('triagePacer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('waits the whole yield while intake is busy, and no longer', async () => {
    const pause = triagePacer(() => true, 150).pause();
    expect(await settlesWithin(pause, 149)).toBe(false);
    expect(await settlesWithin(pause, 1)).toBe(true);
  });

  it('asks whether intake is busy at each pause, not once', async () => {
    let busy = false;
    const pacer = triagePacer(() => busy, 150);
    expect(await settlesWithin(pacer.pause(), 1)).toBe(true);
    busy = true;
    expect(await settlesWithin(pacer.pause(), 100)).toBe(false);
  });

  it('only yields a turn when intake is idle, when hurried, or with no yield (PostgreSQL)', async () => {
    const hurried = triagePacer(() => true, 150);
    hurried.hurry(true);
    expect(await settlesWithin(hurried.pause(), 1)).toBe(true);
    hurried.hurry(false);
    expect(await settlesWithin(hurried.pause(), 100)).toBe(false);
    expect(await settlesWithin(triagePacer(() => true, 0).pause(), 1)).toBe(true);
    expect(await settlesWithin(triagePacer(() => false, 150).pause(), 1)).toBe(true);
  });
});
