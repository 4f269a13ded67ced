// Collects comments as they are read and hands them over at most once per scheduled turn (in
// the page: at the end of the task that read them, see taskEnd.ts), at most MAX_BATCH at a
// time: a long thread is one message per task, not one per comment, and each message stays
// inside the protocol's limit (messages.ts: comments/batch ≤ 500).
import type { Comment } from '../core/model.ts';
import type { FrameScheduler } from './frame.ts';

export const MAX_BATCH = 500;

export interface Batcher {
  add(comment: Comment): void;
}

export function createBatcher(deliver: (comments: Comment[]) => void, schedule: FrameScheduler, signal: AbortSignal): Batcher {
  let queue: Comment[] = [];
  let pending = false;

  const flush = () => {
    pending = false;
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(MAX_BATCH);
    if (queue.length > 0) later(); // the rest waits for the next frame
    if (batch.length > 0) deliver(batch);
  };
  const later = () => {
    if (pending || signal.aborted) return;
    pending = true;
    schedule(flush, signal);
  };

  return {
    add(comment) {
      if (signal.aborted) return;
      queue.push(comment);
      later();
    },
  };
}
