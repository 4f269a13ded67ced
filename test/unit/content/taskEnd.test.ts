// A batch goes out at the end of the task that read its comments, not a frame later: a lone
// comment a page adds is sent before the next task, everything read in one task is one message,
// a second batch asked for in the same task waits for a later task, and nothing runs after abort.
import { describe, expect, it, vi } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import { createBatcher, MAX_BATCH } from '../../../src/content/batcher.ts';
import { taskEndScheduler } from '../../../src/content/taskEnd.ts';

const comment = (n: number): Comment => ({
  id: `hackernews:${n}`, site: 'hackernews', authorKey: `hackernews:u${n}`, displayName: `u${n}`, text: 't', threadUrl: 'https://news.ycombinator.com/item?id=1',
});
const win = { setTimeout: ((cb: () => void, ms: number) => setTimeout(cb, ms)) as unknown as Window['setTimeout'] };
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('taskEndScheduler', () => {
  it('sends a lone late comment at the end of its task, before any other task runs', async () => {
    const deliver = vi.fn();
    const batcher = createBatcher(deliver, taskEndScheduler(win), new AbortController().signal);
    let sentBeforeNextTask = false;
    setTimeout(() => (sentBeforeNextTask = deliver.mock.calls.length === 1), 0);
    batcher.add(comment(1));
    expect(deliver).not.toHaveBeenCalled(); // not while the task is still reading
    await Promise.resolve();
    expect(deliver.mock.calls).toEqual([[[comment(1)]]]);
    await nextTask();
    expect(sentBeforeNextTask).toBe(true);
  });

  it('sends what one task read as one message, and an overflow in later tasks, one batch per task', async () => {
    const deliver = vi.fn();
    const batcher = createBatcher(deliver, taskEndScheduler(win), new AbortController().signal);
    for (let n = 0; n < MAX_BATCH + 10; n++) batcher.add(comment(n));
    await Promise.resolve();
    expect(deliver.mock.calls.map(([batch]) => (batch as Comment[]).length)).toEqual([MAX_BATCH]);
    await nextTask();
    await nextTask();
    expect(deliver.mock.calls.map(([batch]) => (batch as Comment[]).length)).toEqual([MAX_BATCH, 10]);
    // A later task's lone comment goes at the end of that task again.
    batcher.add(comment(9_999));
    await Promise.resolve();
    expect(deliver).toHaveBeenCalledTimes(3);
  });

  it('runs nothing once aborted', async () => {
    const deliver = vi.fn();
    const controller = new AbortController();
    const batcher = createBatcher(deliver, taskEndScheduler(win), controller.signal);
    batcher.add(comment(1));
    controller.abort();
    await nextTask();
    expect(deliver).not.toHaveBeenCalled();
  });
});
