// One fuzz run: a site's real saved page under its real URL, Kuzet started on it exactly as the
// content script starts (startKuzet with a fake background), then N hostile DOM changes in
// batches, each batch followed by one turn of the event loop so Kuzet's MutationObserver reads
// it. A second observer, created first so it runs first, removes and edits nodes Kuzet is about
// to read. Returns what a reviewer needs: what reached the page, what Kuzet warned, how long
// the slowest batch took to settle, and whether any hostile name turned into markup.
import type { Comment } from '../../../../src/core/model.ts';
import { SETTINGS_KEY } from '../../../../src/core/settings.ts';
import type { SiteAdapter } from '../../../../src/content/adapters/siteAdapter.ts';
import { startKuzet } from '../../../../src/content/start.ts';
import { fakeBackground } from './fakeBackground.ts';
import { mutate, mutateUnknown, type FuzzPage } from './mutations.ts';
import { watchPageErrors } from './pageErrors.ts';
import { makeTemplate, type Template } from './rootClones.ts';
import { seededRandom, type Random } from './seededRandom.ts';
import { loadPage, type SitePage } from './sitePages.ts';

export interface FuzzOptions {
  adapter: SiteAdapter;
  /** null: no saved page; the adapter is made to claim a blank page so it is still fuzzed */
  page: SitePage | null;
  seed: number;
  mutations: number;
  /** only noise, no copies of real comments: a layout the adapter does not know */
  unknownLayout?: boolean;
}

export interface FuzzReport {
  mutations: number;
  /** comments the initial walk of the saved page sent */
  initialComments: number;
  comments: number;
  refused: number;
  firstRefused: string | undefined;
  reached: string[];
  warnings: Map<string, { count: number; first: string }>;
  /** CPU time of this process (not wall time: the machine is shared) for the slowest batch to settle */
  slowestBatchMs: number;
  /** elements made from hostile names (innerHTML-style leaks), or names decoded from entities */
  markupLeaks: string[];
  badgesLeftAfterPagehide: number;
}

const BATCH = 100;
const storage = {
  local: { get: async () => ({ [SETTINGS_KEY]: { badgeLevel: 'watch' } }) },
  onChanged: { addListener: () => {}, removeListener: () => {} },
};
const translate = (key: string, substitutions: string[] = []) => `${key}(${substitutions.join('|')})`;
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

/** Elements that only an HTML parser fed a hostile name could have made (checked in shadow roots too). */
function markupFromNames(doc: Document, shadows: readonly ShadowRoot[]): string[] {
  const scopes: ParentNode[] = [doc, ...shadows, ...Array.from(doc.querySelectorAll('[data-kuzet-badge]'), (h) => h.shadowRoot).filter((s) => s !== null)];
  return scopes.flatMap((scope) =>
    Array.from(scope.querySelectorAll('[onerror],[onload],script'))
      .filter((el) => /alert\(/.test(`${el.getAttribute('onerror') ?? ''}${el.getAttribute('onload') ?? ''}${el.tagName === 'SCRIPT' ? el.textContent : ''}`))
      .map((el) => `<${el.tagName.toLowerCase()}> made from a name: ${el.outerHTML.slice(0, 120)}`),
  );
}

function templatesOf(adapter: SiteAdapter, url: URL): Template[] {
  return adapter.roots(document).slice(0, 80).map((root) => {
    const read = adapter.read(root, url);
    return makeTemplate(root.cloneNode(true) as Element, [read?.displayName, read?.handle].filter((n): n is string => !!n));
  });
}

/** Removes or edits some added nodes before Kuzet's observer (created later) gets to them. */
function meddle(random: Random): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1 || (node as Element).hasAttribute('data-kuzet-badge') || !random.chance(0.05)) continue;
        const el = node as Element;
        if (random.chance(0.5)) el.remove();
        else el.firstElementChild?.remove();
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  return observer;
}

export async function fuzzRun({ adapter, page, seed, mutations, unknownLayout = false }: FuzzOptions): Promise<FuzzReport> {
  const url = new URL(page?.url ?? `https://${adapter.id}.kuzet-fuzz.invalid/`);
  setUrl(url.href);
  document.body.replaceChildren();
  if (page && !unknownLayout) loadPage(document, page.file);
  // Without a saved page the adapter is told it serves this one, so roots/read still meet hostile DOM.
  const target: SiteAdapter = page ? adapter : { ...adapter, matches: () => true, threadUrl: (u) => adapter.threadUrl(u) || u.href };
  const fuzzPage: FuzzPage = { doc: document, random: seededRandom(seed), templates: unknownLayout ? [] : templatesOf(adapter, url), live: [], shadows: [], litter: [] };
  fuzzPage.live.push(...adapter.roots(document));

  const markupLeaks: string[] = [];
  const inspect = (comment: Comment) => {
    for (const value of [comment.displayName, comment.handle ?? '', comment.text]) {
      if (value.includes('<b>bold</b>')) markupLeaks.push(`entities decoded in ${comment.id}: ${value.slice(0, 80)}`);
    }
  };
  const background = fakeBackground(seededRandom(seed + 2), inspect);
  const errors = watchPageErrors(window);
  const meddler = meddle(seededRandom(seed + 1));
  let slowestBatchMs = 0;
  let initialComments = 0;
  let controller: AbortController | null = null;
  let done = 0;
  try {
    controller = startKuzet(window, { transport: background.transport, translate, storage, adapters: [target] });
    // On an unknown layout, not starting at all is the best answer; on the saved page it is a failure.
    if (!controller && !unknownLayout) throw new Error(`${adapter.id}: startKuzet did not start on ${url.href}`);
    await new Promise((resolve) => setTimeout(resolve, 30)); // the first frame's batch goes out
    initialComments = background.comments;
    const edit = unknownLayout ? mutateUnknown : mutate;
    for (; done < mutations; ) {
      for (let i = 0; i < BATCH && done < mutations; i++) done += edit(fuzzPage); // an edit that found nothing counts 0
      const settled = process.cpuUsage();
      await turn(); // Kuzet's observer reads the batch here
      const spent = process.cpuUsage(settled);
      slowestBatchMs = Math.max(slowestBatchMs, (spent.user + spent.system) / 1000);
    }
    await new Promise((resolve) => setTimeout(resolve, 600)); // past the batcher's hidden-tab fallback
    markupLeaks.push(...markupFromNames(document, fuzzPage.shadows));
    window.dispatchEvent(new Event('pagehide'));
    return {
      mutations: done,
      initialComments,
      comments: background.comments,
      refused: background.refused,
      firstRefused: background.firstRefused,
      reached: errors.reached,
      warnings: errors.warnings,
      slowestBatchMs,
      markupLeaks,
      badgesLeftAfterPagehide: document.querySelectorAll('[data-kuzet-badge]').length,
    };
  } finally {
    controller?.abort();
    meddler.disconnect();
    errors.stop();
    document.body.replaceChildren();
  }
}
