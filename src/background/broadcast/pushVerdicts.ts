// Sends changed verdicts to the content scripts of every open tab (C1): a tab showing that
// thread updates its badges at once (the same thread open twice, a trust change, copies found
// elsewhere). Tabs without Kuzet refuse the message; that is expected and ignored.
import type { ThreadVerdict } from '../db.ts';
import { VERDICT_PUSH, type VerdictPush } from '../../messages/authors.ts';

export type PushVerdicts = (threadUrl: string, verdicts: readonly ThreadVerdict[], exceptTabId?: number) => void;

export interface TabsApi {
  query(filter: Record<string, never>): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Most verdicts one push carries (the push schema's bound); more go in several pushes. */
const PER_PUSH = 1_000;

export function pushVerdictsTo(tabs: TabsApi): PushVerdicts {
  return (threadUrl, verdicts, exceptTabId) => {
    if (verdicts.length === 0) return;
    const plain = verdicts.map(({ threadUrl: _thread, ...verdict }) => verdict);
    void tabs.query({}).then((open) => {
      for (const tab of open) {
        if (tab.id === undefined || tab.id === exceptTabId) continue;
        for (let i = 0; i < plain.length; i += PER_PUSH) {
          const push: VerdictPush = { kuzetPush: VERDICT_PUSH, threadUrl, verdicts: plain.slice(i, i + PER_PUSH) };
          tabs.sendMessage(tab.id, push).catch(() => undefined);
        }
      }
    }, () => undefined);
  };
}
