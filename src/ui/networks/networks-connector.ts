// The Networks section's door to the background: list the clusters, store a cluster's marks,
// export the dossier. An interface, so tests and demos hand in their own; the extension's one
// sends the typed, checked messages of messages/networks.ts over the browser's own runtime
// (promise-based in Chrome MV3 and Firefox), found at call time rather than imported, so pages
// rendered outside an extension (unit tests of the options page) simply show no Networks section.
import { send, type Request, type Response, type Transport } from '../../messages.ts';

export type ClusterView = Response<'networks/list'>['clusters'][number];
export type ClusterMarksRequest = Request<'networks/mark'>;
export type DossierExport = Response<'networks/export'>;

export interface NetworksConnector {
  list(): Promise<ClusterView[]>;
  mark(marks: ClusterMarksRequest): Promise<void>;
  exportDossier(request: Request<'networks/export'>): Promise<DossierExport>;
}

type Runtime = { sendMessage?: (message: unknown) => Promise<unknown> };

export function createExtensionNetworksConnector(): NetworksConnector | null {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (typeof runtime?.sendMessage !== 'function') return null;
  const transport: Transport = (envelope) => runtime.sendMessage!(envelope);
  return {
    list: async () => (await send(transport, 'networks/list', {})).clusters,
    mark: async (marks) => void (await send(transport, 'networks/mark', marks)),
    exportDossier: (request) => send(transport, 'networks/export', request),
  };
}
