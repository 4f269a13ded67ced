// The pages' door to the lists room: subscriptions, the policy across lists, the report server
// and every report's delivery state. Real over the message protocol, or in memory for tests
// and demos; an optional member of the Connector, so pages without it simply show nothing.
import type { Request, Response, Transport } from '../../../messages.ts';
import { send } from '../../../messages.ts';

export type ListsStatus = Response<'lists/status'>;
export type ListsConfig = Request<'lists/config'>;

export interface ListsConnector {
  status(): Promise<ListsStatus>;
  subscribe(url: string, publicKey: string, trust: number): Promise<ListsStatus>;
  unsubscribe(url: string): Promise<ListsStatus>;
  /** Checks every list now and tries waiting reports. */
  refresh(): Promise<ListsStatus>;
  config(change: ListsConfig): Promise<ListsStatus>;
}

export function listsConnectorOver(transport: Transport): ListsConnector {
  return {
    status: () => send(transport, 'lists/status', {}),
    subscribe: (url, publicKey, trust) => send(transport, 'lists/subscribe', { url, publicKey, trust }),
    unsubscribe: (url) => send(transport, 'lists/unsubscribe', { url }),
    refresh: () => send(transport, 'lists/refresh', {}),
    config: (change) => send(transport, 'lists/config', change),
  };
}

const EMPTY: ListsStatus = {
  subscriptions: [],
  policy: { coordinated: 'any', fake: 'any', aggression: 'any', spam: 'any' },
  reportServer: null,
  reports: [],
};

/** In memory: subscribing adds a pending list (or `refuse` names why it is refused), as the worker would before a check. */
export function mockListsConnector(initial: Partial<ListsStatus> = {}, refuse?: (url: string) => ListsStatus['subscriptions'][number]['refusal']): ListsConnector & { state: ListsStatus } {
  const state: ListsStatus = structuredClone({ ...EMPTY, ...initial });
  const answer = async () => structuredClone(state);
  return {
    state,
    status: answer,
    async subscribe(url, publicKey, trust) {
      state.subscriptions = state.subscriptions.filter((s) => s.url !== url);
      const refusal = refuse?.(url) ?? null;
      state.subscriptions.push({
        url, publicKey, trust, state: refusal ? 'refused' : 'pending', name: null, maintainer: null, version: null, entryCount: null, expiresAt: null, checkedAt: null, refusal,
      });
      return answer();
    },
    async unsubscribe(url) {
      state.subscriptions = state.subscriptions.filter((s) => s.url !== url);
      return answer();
    },
    refresh: answer,
    async config(change) {
      if (change.policy) state.policy = change.policy;
      if (change.reportServer !== undefined) state.reportServer = change.reportServer;
      return answer();
    },
  };
}
