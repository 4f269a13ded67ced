// The options page's shared-lists section: subscribe and unsubscribe, see each list's state and
// why a list was refused, check all lists now, choose the policy across lists, name the report
// server. Every change answers with the worker's new state, so the page never shows a guess.
import { useEffect, useState } from 'preact/hooks';
import { useConnector } from '../../components/connector-context.ts';
import { subscriptionLine } from '../../popup/list-status.tsx';
import type { ListsStatus } from './lists-connector.ts';
import { PolicyFields } from './policy-fields.tsx';
import { ReportServerField } from './report-server-field.tsx';
import { SubscribeForm } from './subscribe-form.tsx';

export function SubscriptionsSection() {
  const { t, lists } = useConnector();
  const [status, setStatus] = useState<ListsStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = async (job: Promise<ListsStatus>) => {
    try {
      setStatus(await job);
      setError(null);
    } catch (e) {
      setError(t('lists_failed', [e instanceof Error ? e.message : String(e)]));
    }
  };
  useEffect(() => {
    if (lists) void apply(lists.status());
  }, [lists]);
  if (!lists) return null;

  return (
    <section aria-labelledby="kz-lists-options-heading" data-kuzet-options="lists">
      <h2 id="kz-lists-options-heading">{t('lists_optionsHeading')}</h2>
      <p class="kz-muted">{t('lists_optionsIntro')}</p>
      {error && (
        <p class="kz-error" role="alert">
          {error}
        </p>
      )}
      {status && status.subscriptions.length === 0 && <p class="kz-muted">{t('lists_none')}</p>}
      <ul>
        {status?.subscriptions.map((s) => (
          <li key={s.url} data-kuzet-list={s.url} data-kuzet-list-state={s.state}>
            <strong>{s.name ?? s.url}</strong> <span class="kz-muted">{s.url}</span> — {subscriptionLine(s, t)}{' '}
            <button type="button" onClick={() => void apply(lists.unsubscribe(s.url))}>
              {t('lists_unsubscribe')}
            </button>
          </li>
        ))}
      </ul>
      <SubscribeForm onSubscribe={(url, key) => apply(lists.subscribe(url, key, 1))} />
      <button type="button" data-kuzet-options="lists-refresh" onClick={() => void apply(lists.refresh())}>
        {t('lists_checkNow')}
      </button>
      {status && <PolicyFields policy={status.policy} onChange={(policy) => void apply(lists.config({ policy }))} />}
      {status && <ReportServerField value={status.reportServer} onSave={(reportServer) => apply(lists.config({ reportServer }))} />}
    </section>
  );
}
