// The popup: finds its tab, asks the background what Kuzet saw there, and shows the counts,
// the flagged authors and the report queue, then the thread's timeline and network (loaded
// apart: a slow or failed plot never hides the list). Every failure ends in a sentence, never a blank
// popup: a dead service worker or a refused message is something the reader should see.
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../core/model.ts';
import type { TabNetwork, TabSummary, TabTimeline } from '../connect/connector.ts';
import { useConnector } from '../components/connector-context.ts';
import { CountsLine } from './counts-line.tsx';
import { FlaggedList } from './flagged-list.tsx';
import { NetworkView } from './network-view.tsx';
import { OptionsLink } from './options-link.tsx';
import { QueueList } from './queue-list.tsx';
import { ListStatus } from './list-status.tsx';
import { ExportControl } from '../export/export-control.tsx';
import { resolveTabId } from './tab-id.ts';
import { TimelinePlot } from './timeline-plot.tsx';

/** How often an open popup asks again. */
const REFRESH_MS = 2_000;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; summary: TabSummary };

/** `search` is the page's `location.search`, passed in so tests choose the tab. */
export function PopupApp({ search }: { search: string }) {
  const connector = useConnector();
  const { t } = connector;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [timeline, setTimeline] = useState<TabTimeline | null>(null);
  const [network, setNetwork] = useState<TabNetwork | null>(null);
  const [trusted, setTrusted] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    const tabId = resolveTabId(search, connector);
    // Asked again while the popup is open: the page may still be read (a long thread, a busy
    // worker), and what the reader sees must catch up without closing the popup.
    const load = () => {
      tabId
        .then((id) => connector.tabSummary(id))
        .then(
          (summary) => live && setState((s) => (s.kind === 'ready' && same(s.summary, summary) ? s : { kind: 'ready', summary })),
          (e: unknown) => live && setState((s) => (s.kind === 'ready' ? s : { kind: 'error', message: e instanceof Error ? e.message : String(e) })),
        );
      tabId.then((id) => connector.tabTimeline(id)).then((t) => live && setTimeline((old) => (same(old, t) ? old : t)), () => undefined);
      tabId.then((id) => connector.tabNetwork(id)).then((n) => live && setNetwork((old) => (same(old, n) ? old : n)), () => undefined);
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [search, connector]);

  // A new report goes to the front: summary.reports is newest first.
  function onQueued(report: Report) {
    setState((s) => (s.kind === 'ready' ? { kind: 'ready', summary: { ...s.summary, reports: [report, ...s.summary.reports] } } : s));
  }

  // "This person is real": gone from the list, the plot's highlight and the network at once.
  function onTrusted(authorKey: string) {
    setState((s) => {
      if (s.kind !== 'ready') return s;
      const name = s.summary.flagged.find((v) => v.authorKey === authorKey)?.displayName ?? authorKey;
      setTrusted((names) => [...names, name]);
      return { kind: 'ready', summary: { ...s.summary, flagged: s.summary.flagged.filter((v) => v.authorKey !== authorKey) } };
    });
    setNetwork((n) => n && { nodes: n.nodes.filter((x) => x.authorKey !== authorKey), edges: n.edges.filter((e) => e.a !== authorKey && e.b !== authorKey) });
  }

  return (
    <main class="kz-popup">
      <h1>{t('popupTitle')}</h1>
      {state.kind === 'loading' && (
        <p class="kz-muted" data-kuzet-popup="loading">
          {t('popupLoading')}
        </p>
      )}
      {state.kind === 'error' && (
        <p class="kz-error" role="alert" data-kuzet-popup="error">
          {t('popupError', [state.message])}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <CountsLine summary={state.summary} />
          {state.summary.comments > 0 && timeline && (
            <section aria-labelledby="kz-timeline-heading">
              <h2 id="kz-timeline-heading">{t('popupTimelineHeading')}</h2>
              <TimelinePlot timeline={timeline} />
            </section>
          )}
          {state.summary.comments > 0 && (
            <FlaggedList
              flagged={state.summary.flagged}
              reports={state.summary.reports}
              threadUrl={state.summary.threadUrl}
              onQueued={onQueued}
              onTrusted={onTrusted}
            />
          )}
          <p aria-live="polite" class="kz-ok" data-kuzet-popup="trusted">
            {trusted.map((name) => t('popupTrusted', [name])).join(' ')}
          </p>
          {network && <NetworkView network={network} />}
          <QueueList reports={state.summary.reports} />
          {state.summary.comments > 0 && <ExportControl scope="thread" tabId={() => resolveTabId(search, connector)} />}
        </>
      )}
      <ListStatus />
      <OptionsLink />
    </main>
  );
}
