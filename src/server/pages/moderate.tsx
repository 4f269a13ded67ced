// The moderator page: the queue with evidence, reporter records and brigade warnings, a
// decision with a reason, open appeals, and the audit log export. Needs a moderator key.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { call } from './api.ts';
import { loadMessages, type Say } from './messages.ts';
import { QueueCard, type QueueItem } from './queueCard.tsx';
import { AppealCard, type OpenAppeal } from './appealCard.tsx';

function Moderate({ t }: { t: Say }) {
  const [token, setToken] = useState(sessionStorage.getItem('kuzetModeratorKey') ?? '');
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [appeals, setAppeals] = useState<OpenAppeal[]>([]);
  const [error, setError] = useState('');
  const refresh = async () => {
    try {
      setItems((await call<{ items: QueueItem[] }>('/v1/mod/queue', token)).items);
      setAppeals((await call<{ items: OpenAppeal[] }>('/v1/mod/appeals', token)).items);
      setError('');
    } catch (e) {
      setError(t('server_error', (e as Error).message));
    }
  };
  useEffect(() => void (token && refresh()), []);
  const act = (path: string, body: unknown) => call(path, token, body).then(refresh, (e: Error) => setError(t('server_error', e.message)));
  const exportAudit = async () => {
    const text = await call<string>('/v1/mod/audit.ndjson', token);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' }));
    link.download = 'kuzet-audit.ndjson';
    link.click();
  };
  return (
    <div>
      <h1>{t('server_modTitle')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          sessionStorage.setItem('kuzetModeratorKey', token);
          void refresh();
        }}
      >
        <label>
          {t('server_tokenLabel')} <input type="password" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('server_tokenUse')}</button>
        <button type="button" onClick={() => void exportAudit()}>
          {t('server_auditExport')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {items?.length === 0 && <p>{t('server_queueEmpty')}</p>}
      {items?.map((item) => <QueueCard key={item.keyHash} item={item} t={t} decide={(body) => act('/v1/mod/decisions', body)} />)}
      <h2>{t('server_appealsTitle')}</h2>
      {appeals.length === 0 && <p>{t('server_appealsEmpty')}</p>}
      {appeals.map((appeal) => <AppealCard key={appeal.id} appeal={appeal} t={t} answer={(body) => act(`/v1/mod/appeals/${appeal.id}`, body)} />)}
    </div>
  );
}

void loadMessages().then((t) => render(<Moderate t={t} />, document.getElementById('app') as HTMLElement));
