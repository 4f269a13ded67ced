// @vitest-environment happy-dom
// The frame scheduler runs once per request: on the animation frame, or on the timer when
// frames stall (hidden tabs), and not at all once aborted.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_FALLBACK_MS, frameScheduler } from '../../../src/content/frame.ts';

let frames: Map<number, () => void>;
const fakeWindow = () => {
  let next = 0;
  return {
    requestAnimationFrame: (cb: FrameRequestCallback) => (frames.set(++next, () => cb(0)), next),
    cancelAnimationFrame: (id: number) => void frames.delete(id),
    setTimeout: ((cb: () => void, ms: number) => setTimeout(cb, ms)) as unknown as Window['setTimeout'],
    clearTimeout: ((id: number) => clearTimeout(id)) as unknown as Window['clearTimeout'],
  };
};
const runFrames = () => {
  const due = [...frames.values()];
  frames.clear();
  for (const run of due) run();
};

beforeEach(() => {
  frames = new Map();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('frameScheduler', () => {
  it('runs on the animation frame and then not again on the timer', () => {
    const run = vi.fn();
    frameScheduler(fakeWindow())(run, new AbortController().signal);
    expect(run).not.toHaveBeenCalled();
    runFrames();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FRAME_FALLBACK_MS * 2);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('falls back to the timer when frames stall, and cancels the frame', () => {
    const run = vi.fn();
    frameScheduler(fakeWindow())(run, new AbortController().signal);
    vi.advanceTimersByTime(FRAME_FALLBACK_MS);
    expect(run).toHaveBeenCalledTimes(1);
    expect(frames.size).toBe(0);
  });

  it('runs nothing once aborted', () => {
    const run = vi.fn();
    const controller = new AbortController();
    frameScheduler(fakeWindow())(run, controller.signal);
    controller.abort();
    expect(frames.size).toBe(0);
    vi.advanceTimersByTime(FRAME_FALLBACK_MS * 2);
    expect(run).not.toHaveBeenCalled();
  });
});
