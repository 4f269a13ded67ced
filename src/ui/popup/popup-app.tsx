// The popup: finds its tab, asks the background what Kuzet saw there, and shows the counts,
// the flagged authors and the report queue. Every failure ends in a sentence, never a blank
// popup: a dead service worker or a refused message is something the reader should see.
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../core/model.ts';
import type { TabSummary } from '../connect/connector.ts';
import { useConnector } from '../components/connector-context.ts';
import { CountsLine } from './counts-line.tsx';
import { FlaggedList } from './flagged-list.tsx';
import { OptionsLink } from './options-link.tsx';
import { QueueList } from './queue-list.tsx';
import { resolveTabId } from './tab-id.ts';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; summary: TabSummary };

/** `search` is the page's `location.search`, passed in so tests choose the tab. */
export function PopupApp({ search }: { search: string }) {
  const connector = useConnector();
  const { t } = connector;
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    resolveTabId(search, connector)
      .then((tabId) => connector.tabSummary(tabId))
      .then(
        (summary) => live && setState({ kind: 'ready', summary }),
        (e: unknown) => live && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [search, connector]);

  // A new report goes to the front: summary.reports is newest first.
  function onQueued(report: Report) {
    setState((s) => (s.kind === 'ready' ? { kind: 'ready', summary: { ...s.summary, reports: [report, ...s.summary.reports] } } : s));
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
          {state.summary.comments > 0 && (
            <FlaggedList
              flagged={state.summary.flagged}
              reports={state.summary.reports}
              threadUrl={state.summary.threadUrl}
              onQueued={onQueued}
            />
          )}
          <QueueList reports={state.summary.reports} />
        </>
      )}
      <OptionsLink />
    </main>
  );
}
