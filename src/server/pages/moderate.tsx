// The moderator page: sign in with a moderator key, then the queue with evidence, reporter
// records and brigade warnings, a decision with a reason, what was decided in this session,
// open appeals, and the audit log export.
import { useEffect, useState } from 'preact/hooks';
import type { ReportStatus } from '../../core/model.ts';
import { StatusChip } from '../../ui/shared/status-chip.tsx';
import type { Translate } from '../../ui/shared/translate.ts';
import { ApiError, callJson, callText } from './api.ts';
import { AppealCard } from './appealCard.tsx';
import { QueueCard } from './queueCard.tsx';
import { appealsSchema, okSchema, queueSchema, type OpenAppeal, type QueueItem } from './schemas.ts';
import { startPage } from './start.tsx';

const KEY_SLOT = 'kuzetModeratorKey';

function Moderate({ t }: { t: Translate }) {
  const [token, setToken] = useState(sessionStorage.getItem(KEY_SLOT) ?? '');
  const [moderator, setModerator] = useState('');
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [appeals, setAppeals] = useState<OpenAppeal[]>([]);
  const [decided, setDecided] = useState<{ name: string; status: ReportStatus }[]>([]);
  const [error, setError] = useState('');
  const fail = (e: unknown) => {
    // A refused key is the one failure a moderator can fix themselves: say so plainly.
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      sessionStorage.removeItem(KEY_SLOT);
      setModerator('');
      setItems(null);
      setAppeals([]);
      setError(t('server_keyRefused'));
    } else setError(t('server_error', [e instanceof Error ? e.message : String(e)]));
  };
  const refresh = async (key = token) => {
    try {
      const queue = await callJson(queueSchema, '/v1/mod/queue', key);
      setAppeals((await callJson(appealsSchema, '/v1/mod/appeals', key)).items);
      setModerator(queue.moderator);
      setItems(queue.items);
      setError('');
    } catch (e) {
      fail(e);
    }
  };
  useEffect(() => void (token && refresh()), []);
  const post = (path: string, body: unknown) => callJson(okSchema, path, token, body);
  const decide = (item: QueueItem, decision: 'accept' | 'reject', reason: string) =>
    post('/v1/mod/decisions', { keyHash: item.keyHash, decision, reason })
      .then(() => setDecided((d) => [...d, { name: item.displayName, status: decision === 'accept' ? 'accepted' : 'rejected' }]))
      .then(() => refresh(), fail);
  const answer = (appeal: OpenAppeal, choice: string, reason: string) => post(`/v1/mod/appeals/${appeal.id}`, { answer: choice, reason }).then(() => refresh(), fail);
  const exportAudit = async () => {
    try {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([await callText('/v1/mod/audit.ndjson', token)], { type: 'application/x-ndjson' }));
      link.download = 'kuzet-audit.ndjson';
      link.click();
    } catch (e) {
      fail(e);
    }
  };
  const signIn = (e: Event) => {
    e.preventDefault();
    sessionStorage.setItem(KEY_SLOT, token);
    void refresh();
  };
  return (
    <div>
      <h1>{t('server_modTitle')}</h1>
      <form onSubmit={signIn}>
        <label for="kz-key">{t('server_tokenLabel')}</label>
        <input id="kz-key" type="password" autocomplete="off" required value={token} onInput={(e) => setToken(e.currentTarget.value)} />
        <button type="submit">{t('server_tokenUse')}</button>
        {moderator && (
          <button type="button" data-kuzet-export onClick={() => void exportAudit()}>
            {t('server_auditExport')}
          </button>
        )}
      </form>
      {error && <p role="alert" class="kz-error" data-kuzet-error>{error}</p>}
      {moderator && <p data-kuzet-moderator={moderator}>{t('server_signedIn', [moderator])}</p>}
      {items && (
        <>
          <h2>{t('server_queueTitle')}</h2>
          {items.length === 0 && <p data-kuzet-empty>{t('server_queueEmpty')}</p>}
          {items.map((item) => <QueueCard key={item.keyHash} item={item} t={t} decide={(d, reason) => void decide(item, d, reason)} />)}
          {decided.length > 0 && (
            <>
              <h2>{t('server_decidedTitle')}</h2>
              <ul>
                {decided.map((d, i) => (
                  <li key={i} data-kuzet-decided={d.name}>
                    {d.name} — <StatusChip status={d.status} t={t} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>{t('server_appealsTitle')}</h2>
          {appeals.length === 0 && <p>{t('server_appealsEmpty')}</p>}
          {appeals.map((appeal) => <AppealCard key={appeal.id} appeal={appeal} t={t} answer={(choice, reason) => void answer(appeal, choice, reason)} />)}
        </>
      )}
    </div>
  );
}

startPage('server_modTitle', (t) => <Moderate t={t} />);
