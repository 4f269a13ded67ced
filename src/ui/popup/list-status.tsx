// The popup's view of the shared lists: each subscription's state, and when a list was
// refused, why (the last good copy stays in use and the reader should know it is stale);
// then every report this install made and where it stands: queued, sent, in moderation,
// accepted or rejected. Hidden when there is neither a list nor a report.
import { useEffect, useState } from 'preact/hooks';
import { CategoryLabel } from '../shared/category-label.tsx';
import { StatusChip } from '../shared/status-chip.tsx';
import { type Translate } from '../connect/connector.ts';
import { useConnector } from '../components/connector-context.ts';
import type { ListsStatus } from '../options/subscriptions/lists-connector.ts';

type Subscription = ListsStatus['subscriptions'][number];

export function subscriptionLine(s: Subscription, t: Translate): string {
  const why = s.refusal ? t(`lists_refusal_${s.refusal.reason}`) : '';
  switch (s.state) {
    case 'ok':
      return t('lists_stateOk', [String(s.version), String(s.entryCount)]);
    case 'stale':
      return t('lists_stateStale', [String(s.version), why]);
    case 'expired':
      return t('lists_stateExpired');
    case 'pending':
      return t('lists_statePending');
    case 'refused':
      return t('lists_stateRefused', [why]);
  }
}

export function ListStatus() {
  const { t, lists } = useConnector();
  const [status, setStatus] = useState<ListsStatus | null>(null);
  useEffect(() => {
    let live = true;
    lists?.status().then((s) => live && setStatus(s), () => undefined);
    return () => {
      live = false;
    };
  }, [lists]);
  if (!status || (status.subscriptions.length === 0 && status.reports.length === 0)) return null;
  return (
    <section aria-labelledby="kz-lists-heading" data-kuzet-popup="lists">
      <h2 id="kz-lists-heading">{t('lists_heading')}</h2>
      <ul class="kz-lists">
        {status.subscriptions.map((s) => (
          <li key={s.url} data-kuzet-list={s.url} data-kuzet-list-state={s.state}>
            <strong>{s.name ?? s.url}</strong> <span class={s.state === 'ok' ? 'kz-muted' : 'kz-error'}>{subscriptionLine(s, t)}</span>
          </li>
        ))}
      </ul>
      {status.reports.length > 0 && (
        <>
          <h3>{t('lists_reportsHeading')}</h3>
          <ul class="kz-lists">
            {status.reports.map((r) => (
              <li key={r.id} data-kuzet-report={r.id} data-kuzet-report-status={r.status}>
                <strong>{r.displayName}</strong> <CategoryLabel category={r.category} t={t} /> — <StatusChip status={r.status} t={t} />
                {r.status === 'queued' && r.lastError && <span class="kz-muted"> ({t('lists_reportRetry', [r.lastError])})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
