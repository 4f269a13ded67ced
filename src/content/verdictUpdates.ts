// Takes the background's verdict pushes (C1): when an author's verdict changes elsewhere (new
// evidence in another tab, a list update, "this person is real"), this tab's badges follow at
// once. A push is accepted only from Kuzet's own extension, only in the shape the protocol
// gives it, and only for the thread this page shows — a verdict is scored per thread, and another
// thread's verdict about the same author must not decide this page's badge.
import * as v from 'valibot';
import type { Verdict } from '../core/model.ts';
import { verdictPushSchema } from '../messages/authors.ts';

export type PushListener = (message: unknown, sender: { id?: string | undefined }) => void;

/** runtime.onMessage as the content script sees it (a fake in tests). */
export interface PushSource {
  extensionId: string;
  onMessage: { addListener(listener: PushListener): void; removeListener(listener: PushListener): void };
}

export function watchVerdictPushes(
  source: PushSource | undefined,
  threadUrl: () => string | null,
  apply: (verdicts: readonly Verdict[]) => void,
  signal: AbortSignal,
): void {
  // A page without the extension's messaging (a test, a torn-down context) simply gets no pushes.
  if (!source || typeof source.onMessage?.addListener !== 'function' || signal.aborted) return;
  const listener: PushListener = (message, sender) => {
    if (sender.id !== source.extensionId || signal.aborted) return;
    const push = v.safeParse(verdictPushSchema, message);
    if (!push.success || push.output.threadUrl !== threadUrl()) return;
    try {
      apply(push.output.verdicts);
    } catch (error) {
      console.warn('Kuzet: could not apply changed verdicts', error);
    }
  };
  source.onMessage.addListener(listener);
  signal.addEventListener('abort', () => source.onMessage.removeListener(listener), { once: true });
}
