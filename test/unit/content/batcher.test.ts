// Batching: whatever is read before a frame goes out as one message in that frame, never more
// than 500 comments per message, and nothing after abort.
import { describe, expect, it, vi } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import { createBatcher, MAX_BATCH } from '../../../src/content/batcher.ts';
import type { FrameScheduler } from '../../../src/content/frame.ts';

const comment = (n: number): Comment => ({
  id: `hackernews:${n}`, site: 'hackernews', authorKey: `hackernews:u${n}`, displayName: `u${n}`, text: 't', threadUrl: 'https://news.ycombinator.com/item?id=1',
});

function manualFrames() {
  const queued: Array<() => void> = [];
  const schedule: FrameScheduler = (run, signal) => void queued.push(() => !signal.aborted && run());
  return { schedule, requested: () => queued.length, frame: () => queued.splice(0).forEach((run) => run()) };
}

describe('createBatcher', () => {
  it('sends everything read before a frame as one message in that frame', () => {
    const frames = manualFrames();
    const deliver = vi.fn();
    const batcher = createBatcher(deliver, frames.schedule, new AbortController().signal);
    for (let n = 0; n < 10; n++) batcher.add(comment(n));
    expect(frames.requested()).toBe(1); // one frame asked for, not ten
    expect(deliver).not.toHaveBeenCalled();
    frames.frame();
    expect(deliver).toHaveBeenCalledTimes(1);
    expect(deliver.mock.calls[0]![0]).toHaveLength(10);
    frames.frame();
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it('splits a long thread into messages of at most 500, one per frame', () => {
    const frames = manualFrames();
    const deliver = vi.fn();
    const batcher = createBatcher(deliver, frames.schedule, new AbortController().signal);
    for (let n = 0; n < 1_200; n++) batcher.add(comment(n));
    const sizes: number[] = [];
    for (let frame = 0; frame < 5; frame++) {
      frames.frame();
      sizes.push(deliver.mock.calls.length);
    }
    expect(deliver.mock.calls.map(([batch]) => (batch as Comment[]).length)).toEqual([MAX_BATCH, MAX_BATCH, 200]);
    expect(sizes).toEqual([1, 2, 3, 3, 3]); // exactly one message per frame
    expect(deliver.mock.calls.flatMap(([batch]) => (batch as Comment[]).map((c) => c.id))).toEqual(
      Array.from({ length: 1_200 }, (_, n) => `hackernews:${n}`),
    );
  });

  it('sends nothing after abort', () => {
    const frames = manualFrames();
    const deliver = vi.fn();
    const controller = new AbortController();
    const batcher = createBatcher(deliver, frames.schedule, controller.signal);
    batcher.add(comment(1));
    controller.abort();
    batcher.add(comment(2));
    frames.frame();
    expect(deliver).not.toHaveBeenCalled();
  });
});
