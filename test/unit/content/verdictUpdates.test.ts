// The content side of verdict pushes: a tab applies the background's changed verdicts for the
// thread it shows, and nothing from another extension, another thread or in another shape.
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/core/model.ts';
import { VERDICT_PUSH } from '../../../src/messages/authors.ts';
import { type PushListener, watchVerdictPushes } from '../../../src/content/verdictUpdates.ts';

const THREAD = 'https://news.ycombinator.com/item?id=1';
const verdict: Verdict = { authorKey: 'hackernews:b', displayName: 'b', score: 0, level: 'none', reasons: [], computedAt: 5 };

function setup() {
  const listeners = new Set<PushListener>();
  const applied: (readonly Verdict[])[] = [];
  const controller = new AbortController();
  watchVerdictPushes(
    { extensionId: 'kuzet-id', onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) } },
    () => THREAD,
    (verdicts) => applied.push(verdicts),
    controller.signal,
  );
  const deliver = (message: unknown, id = 'kuzet-id') => listeners.forEach((l) => l(message, { id }));
  return { listeners, applied, controller, deliver };
}

describe('verdict pushes in a tab', () => {
  it('applies the changed verdicts of its own thread (the badge goes when an author is trusted)', () => {
    const { applied, deliver } = setup();
    deliver({ kuzetPush: VERDICT_PUSH, threadUrl: THREAD, verdicts: [verdict] });
    expect(applied).toEqual([[verdict]]);
  });

  it('ignores other extensions, other threads and malformed pushes', () => {
    const { applied, deliver } = setup();
    deliver({ kuzetPush: VERDICT_PUSH, threadUrl: THREAD, verdicts: [verdict] }, 'other-extension');
    deliver({ kuzetPush: VERDICT_PUSH, threadUrl: 'https://news.ycombinator.com/item?id=2', verdicts: [verdict] });
    deliver({ kuzetPush: VERDICT_PUSH, threadUrl: THREAD, verdicts: [{ ...verdict, level: 'evil' }] });
    deliver({ kuzet: 1, type: 'comments/batch', payload: {} });
    expect(applied).toEqual([]);
  });

  it('stops listening when the page goes away', () => {
    const { listeners, controller } = setup();
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
  });
});
