// One page, many threads: a single-page site swaps threads without a reload, so the session runs
// one `startKuzet` per thread and, when the URL names another thread, aborts the old one (its
// badges go) and starts afresh. Marks of the old thread are taken off, and an element that still
// shows an old thread's comment is not read into the new thread (sites swap content a little
// after the URL changes). Everything hangs off one AbortController aborted on `pagehide`.
import { ADAPTERS, pickAdapter } from './adapters/registry.ts';
import type { SiteAdapter } from './adapters/siteAdapter.ts';
import { watchNavigation } from './navigationWatch.ts';
import { COMMENT_MARK } from './reader.ts';
import { startKuzet, type ContentDeps } from './start.ts';

/** The adapter as the new thread sees it: roots still showing an old thread's comment read as nothing. */
function skippingStale(adapter: SiteAdapter, stale: WeakMap<Element, string>): SiteAdapter {
  return {
    ...adapter,
    read(root, location) {
      const comment = adapter.read(root, location);
      return comment && stale.get(root) === comment.id ? null : comment;
    },
  };
}

/** ContentDeps plus the mirror mapping start.ts may apply (`locate`), which the session applies too. */
export interface SessionDeps extends ContentDeps {
  locate?: (href: string) => URL;
}

function threadKey(url: URL, doc: Document, adapters: readonly SiteAdapter[]): string {
  const adapter = pickAdapter(url, doc, adapters);
  return adapter ? `${adapter.id} ${adapter.threadUrl(url)}` : '';
}

export function startPageSession(win: Window, deps: SessionDeps): AbortController {
  const page = new AbortController();
  win.addEventListener('pagehide', () => page.abort(), { once: true, signal: page.signal });
  const adapters = deps.adapters ?? ADAPTERS;
  let stale = new WeakMap<Element, string>();
  let thread = startKuzet(win, { ...deps, adapters });
  const locate = (href: string) => deps.locate?.(href) ?? new URL(href);
  let current = threadKey(locate(win.location.href), win.document, adapters);

  watchNavigation(win, page.signal, (url) => {
    const next = threadKey(locate(url.href), win.document, adapters);
    if (next === current) return; // same thread: a fragment, a timestamp, a comment link
    current = next;
    thread?.abort();
    stale = new WeakMap();
    for (const root of Array.from(win.document.querySelectorAll(`[${COMMENT_MARK}]`))) {
      stale.set(root, root.getAttribute(COMMENT_MARK) ?? '');
      root.removeAttribute(COMMENT_MARK);
    }
    const fresh = stale;
    thread = startKuzet(win, { ...deps, adapters: adapters.map((adapter) => skippingStale(adapter, fresh)) });
  });
  page.signal.addEventListener('abort', () => thread?.abort(), { once: true });
  return page;
}
