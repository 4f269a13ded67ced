// How triage shares PGlite's one session with intake. Every triage statement holds the session
// for a few milliseconds, and an intake batch that arrives meanwhile waits behind it: in
// bench:server's open loop at 2,000 reports/s, triage running flat out (a target every ~0.15 s,
// three statements each) roughly doubled the intake's median latency and added ~30 ms to its
// p99. So while reports are waiting to be written, triage waits `yieldMs` before each statement
// and takes a small share of the session; when nothing waits it only yields a turn. A moderator
// waiting for the queue (`hurry`) lifts the wait: a person is waiting then, not a timer.
// On PostgreSQL triage has its own connection and is not held back (`yieldMs` 0).

/** With ~3 ms a statement, at most ~2% of the session while intake is busy (~2 targets a second). */
export const TRIAGE_YIELD_MS = 150;

export interface TriagePacer {
  /** Resolves when triage may send its next statement. */
  pause(): Promise<void>;
  /** While on, pause() never waits for intake (set while a moderator's request waits on triage). */
  hurry(on: boolean): void;
}

export function triagePacer(intakeBusy: () => boolean, yieldMs: number): TriagePacer {
  let hurrying = false;
  return {
    pause: () =>
      new Promise<void>((resolve) => {
        if (yieldMs > 0 && !hurrying && intakeBusy()) setTimeout(resolve, yieldMs);
        // Still one turn of the event loop: the HTTP requests that came in meanwhile go first.
        else setImmediate(resolve);
      }),
    hurry: (on) => {
      hurrying = on;
    },
  };
}
