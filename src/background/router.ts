// Routes every incoming message: checks who sent it and what it carries against the one
// protocol, refuses and counts anything else, and hands the rest to its handler.
import { type MessageType, messages, parseEnvelope, type Request, type Response } from '../messages.ts';
import { bumpCounter, type KuzetDb } from './db.ts';
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import { handleAuthorDetails } from './handlers/authorDetails.ts';
import { handleAuthorNote } from './handlers/authorNote.ts';
import { createVerdictService } from './broadcast/verdictService.ts';
import type { PushVerdicts } from './broadcast/pushVerdicts.ts';
import { handleDataStatus } from './retention/dataStatus.ts';
import type { AvatarReader } from './avatars/readAvatar.ts';
import { handlePersonalList } from './handlers/personalList.ts';
import { handleUiCatalog } from './handlers/uiCatalog.ts';
import { handleTabNetwork } from './handlers/tabNetwork.ts';
import { handleTabTimeline } from './handlers/tabTimeline.ts';
import { handleExportCollect } from './handlers/exportCollect.ts';
import { type DossierEnv, handleNetworksExport, loadShippedCatalog } from './handlers/networksExport.ts';
import { handleNetworksList, handleNetworksMark } from './handlers/networksList.ts';
import { handleDeleteAllData, type LocalStorageAreas } from './handlers/deleteAllData.ts';
import { handleE2eOpenPage, type OpenExtensionPage } from './handlers/e2eOpenPage.ts';
import { handleReportEnqueue } from './handlers/reportEnqueue.ts';
import { handleTabSummary } from './handlers/tabSummary.ts';
import type { SiteRulesService } from './siteRules/service.ts';
import type { ListsService } from './lists/listsService.ts';
import { type SelfFacts, type SenderFacts, senderKind } from './senderKind.ts';

export interface RouterDeps {
  /** Sends changed verdicts to open tabs (broadcast/pushVerdicts.ts); absent in tests that do not watch tabs. */
  pushVerdicts?: PushVerdicts;
  /** The user's retention days (settings); the default when absent. */
  retentionDays?: () => Promise<number>;
  /** Reads profile photos for the avatar index (avatars/readAvatar.ts); absent in tests. */
  readAvatar?: AvatarReader;
  db: KuzetDb;
  self: SelfFacts;
  now: () => number;
  newId: () => string;
  /** User site rules; absent where no browser is around (tests of other messages). */
  siteRules?: SiteRulesService;
  /** Shared lists and the report queue's delivery; absent in tests of other messages. */
  lists?: ListsService;
  /** The manifest's version, stated in every export's provenance. */
  extensionVersion?: string;
  /** The dossier's words per language; default: the catalogs the extension ships (tests pass their own). */
  dossierCatalog?: DossierEnv['loadCatalog'];
  /** The extension's storage areas, for "delete all local data"; absent in tests of other messages. */
  storage?: Pick<LocalStorageAreas, 'clear'>;
  /** Development builds only: opens Kuzet's own pages for the e2e driver (messages/e2e.ts). */
  openExtensionPage?: OpenExtensionPage | undefined;
}

export type Refusal = { error: 'refused' | 'failed'; message?: string };

type Handlers = { [T in MessageType]: (payload: Request<T>, tabId: number) => Promise<Response<T>> };

export function createRouter({ db, self, now, newId, siteRules, lists, pushVerdicts, retentionDays, readAvatar, extensionVersion, storage, openExtensionPage, dossierCatalog }: RouterDeps) {
  const verdicts = createVerdictService({ db, now, push: pushVerdicts, readAvatar });
  const rules = () => siteRules ?? Promise.reject(new Error('site rules unavailable'));
  const listsOr = () => lists ?? Promise.reject(new Error('lists unavailable'));
  lists?.onListsChanged(verdicts.rescore);
  const handlers: Handlers = {
    'comments/batch': (p, tabId) => verdicts.batch(p, tabId),
    'author/trust': (p) => verdicts.trust(p),
    'data/status': async () => handleDataStatus(db, (await retentionDays?.()) ?? DEFAULT_SETTINGS.retentionDays),
    'tab/summary': (p) => handleTabSummary(db, p.tabId),
    'report/enqueue': (p) => handleReportEnqueue(db, p, now(), newId).then((r) => (lists?.deliverSoon(), r)),
    'siteRules/save': async (p) => (await rules()).save(p),
    'siteRules/probe': async (p) => (await rules()).probe(p),
    'e2e/openPage': (p, tabId) => handleE2eOpenPage(openExtensionPage, p, tabId),
    'networks/list': () => handleNetworksList(db, now(), extensionVersion ?? 'unknown'),
    'networks/mark': (p) => handleNetworksMark(db, p, now()),
    'networks/export': (p) => handleNetworksExport(db, p, now(), { extensionVersion: extensionVersion ?? 'unknown', loadCatalog: dossierCatalog ?? loadShippedCatalog }),
    'privacy/deleteAll': async () =>
      handleDeleteAllData(db, {
        clear: () => storage?.clear() ?? Promise.reject(new Error('extension storage unavailable')),
        resyncSiteRules: siteRules ? async () => (await rules()).resync() : undefined,
      }),
    'author/note': (p) => handleAuthorNote(db, p, now()),
    'author/details': (p) => handleAuthorDetails(db, p),
    'tab/timeline': (p) => handleTabTimeline(db, p.tabId),
    'tab/network': (p) => handleTabNetwork(db, p.tabId),
    'personal/list': () => handlePersonalList(db),
    'ui/catalog': (p) => handleUiCatalog(p),
    'lists/status': async () => (await listsOr()).status(),
    'lists/subscribe': async (p) => (await listsOr()).subscribe(p),
    'lists/unsubscribe': async (p) => (await listsOr()).unsubscribe(p),
    'lists/refresh': async () => (await listsOr()).refresh(),
    'lists/config': async (p) => (await listsOr()).config(p),
    'export/collect': (p) => handleExportCollect(db, p, now(), extensionVersion ?? 'unknown'),
  };

  async function refuse(why: string): Promise<Refusal> {
    await bumpCounter(db, `refused:${why}`).catch(() => undefined);
    return { error: 'refused' };
  }

  return async function route(raw: unknown, sender: SenderFacts): Promise<unknown> {
    const kind = senderKind(sender, self);
    if (kind === null) return refuse('sender');
    const message = parseEnvelope(raw);
    if (message === null) return refuse('payload');
    if (messages[message.type].from !== kind) return refuse(`wrong-sender:${message.type}`);
    try {
      const handler = handlers[message.type] as (p: unknown, tabId: number) => Promise<unknown>;
      return await handler(message.payload, sender.tab?.id ?? -1);
    } catch (error) {
      console.warn('Kuzet: handling', message.type, 'failed:', error);
      return { error: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies Refusal;
    }
  };
}
