// Where reports are sent. Until a server is named, reports wait on this device (and say so).
import { useState } from 'preact/hooks';
import { useConnector } from '../../components/connector-context.ts';
import { listOrigin } from './subscribe-form.tsx';

export function ReportServerField({ value, onSave }: { value: string | null; onSave: (url: string | null) => Promise<void> }) {
  const { t, requestHosts } = useConnector();
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);

  function submit(event: Event) {
    event.preventDefault();
    const url = draft.trim();
    if (url === '') return void onSave(null);
    const origin = listOrigin(url);
    if (!origin) return setError(t('lists_badUrl'));
    setError(null);
    void requestHosts([origin]).then((granted) => (granted ? onSave(url) : setError(t('lists_permissionRefused', [origin]))));
  }

  return (
    <form onSubmit={submit} data-kuzet-options="report-server">
      <label>
        {t('lists_serverLabel')} <input type="url" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} name="report-server" />
      </label>
      <button type="submit">{t('lists_serverSave')}</button>
      {value === null && <p class="kz-muted">{t('lists_serverNone')}</p>}
      {error && (
        <p class="kz-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
