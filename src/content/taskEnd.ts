// When the batcher hands a batch over: at the end of the task that read the comments (a
// microtask). A comment a page adds later goes to the background at once instead of waiting for
// a frame (the badge-latency goal), while everything read in one task (a MutationObserver
// callback, a slice of the first read) still goes as one message. A second batch asked for in
// the same task (more than MAX_BATCH read at once) waits for a later task, so one task never
// serialises two batches (the long-task goal).
import type { FrameScheduler } from './frame.ts';

export function taskEndScheduler(win: Pick<Window, 'setTimeout'>): FrameScheduler {
  let usedThisTask = false;
  return (run, signal) => {
    if (signal.aborted) return;
    const go = () => {
      if (!signal.aborted) run();
    };
    if (usedThisTask) return void win.setTimeout(go, 0);
    usedThisTask = true;
    win.setTimeout(() => (usedThisTask = false), 0); // a later task may send again at its end
    queueMicrotask(go);
  };
}
