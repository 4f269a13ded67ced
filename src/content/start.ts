// Wires one page together: pick the adapter, read comments as they appear, batch them to the
// background, draw badges from the verdicts, follow settings. Everything it sets up hangs off
// one AbortController aborted on `pagehide`. Browser APIs come in as `deps` so tests and the
// demo can run it without an extension around it.
import { send, type Transport } from '../messages.ts';
import { packComments } from '../messages/commentsPacking.ts';
import type { Comment } from '../core/model.ts';
import { pickAdapter } from './adapters/registry.ts';
import type { SiteAdapter } from './adapters/siteAdapter.ts';
import { createBadgeBoard } from './badge/badgeBoard.ts';
import { createLanguageSwitch } from './badge/language.ts';
import { createBatcher } from './batcher.ts';
import type { Translate } from './i18n.ts';
import { pageLocation } from './pageLocation.ts';
import { createReader } from './reader.ts';
import { watchRoots } from './scanner.ts';
import { watchSettings, type SettingsSource } from './settingsWatch.ts';
import { type PushSource, watchVerdictPushes } from './verdictUpdates.ts';
import { withRetry } from './batchRetry.ts';
import { taskEndScheduler } from './taskEnd.ts';

export interface ContentDeps {
  transport: Transport;
  translate: Translate;
  storage: SettingsSource;
  /** Defaults to the registry; tests may pass their own. */
  adapters?: readonly SiteAdapter[];
  /** The location adapters see (a mirror host shows as its original, see content/mirrors.ts). */
  locate?: (href: string) => URL;
  /** The background's verdict pushes (runtime.onMessage and the extension's id); absent in tests without them. */
  pushes?: PushSource;
}

/** Starts Kuzet on `win`'s page; returns its controller, or null when no adapter knows the page. */
export function startKuzet(win: Window, deps: ContentDeps): AbortController | null {
  const here = pageLocation(win, deps.locate);
  const adapter = pickAdapter(here(), win.document, deps.adapters);
  if (!adapter || !adapter.threadUrl(here())) return null;

  const controller = new AbortController();
  const { signal } = controller;
  win.addEventListener('pagehide', () => controller.abort(), { once: true, signal });

  const language = createLanguageSwitch(deps.translate, async (l) => (await send(deps.transport, 'ui/catalog', { language: l })).catalog);
  const board = createBadgeBoard(adapter, language.t, signal);
  // A site the reader switched off (options page) sends nothing, not even the first batch.
  let off = false;
  let settled!: () => void;
  const settingsKnown = new Promise<void>((resolve) => (settled = resolve));
  watchSettings(deps.storage, (settings) => {
    off = settings.disabledSites.includes(adapter.id);
    settled();
    void language.set(settings.language).then(() => board.setSettings(settings));
  }, signal);
  watchVerdictPushes(deps.pushes, () => adapter.threadUrl(here()), (verdicts) => board.setVerdicts(verdicts), signal);

  const deliver = async (comments: Comment[]) => {
    await settingsKnown;
    if (off) return;
    try {
      // Packed once, sent as often as the worker needs (a batch is stored idempotently).
      const batch = packComments(comments, { site: adapter.id, threadUrl: comments[0]!.threadUrl, links: adapter.links });
      const { verdicts } = await withRetry(() => send(deps.transport, 'comments/batch', batch), signal);
      if (!signal.aborted) board.setVerdicts(verdicts);
    } catch (error) {
      // The background may be restarting or the extension reloaded: the page must not notice.
      console.warn('Kuzet: could not send comments', error);
    }
  };
  const batcher = createBatcher((comments) => void deliver(comments), taskEndScheduler(win), signal);

  const read = createReader(adapter, here, (comment, root) => {
    board.addRoot(root, comment.authorKey);
    batcher.add(comment);
  });
  watchRoots(adapter, win.document, signal, read);
  return controller;
}
