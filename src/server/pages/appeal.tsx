// The public appeal page: anyone who believes an account was listed wrongly says why.
import { useState } from 'preact/hooks';
import type { Translate } from '../../ui/shared/translate.ts';
import { callJson } from './api.ts';
import { appealFiledSchema } from './schemas.ts';
import { startPage } from './start.tsx';

function AppealForm({ t }: { t: Translate }) {
  const [authorKey, setAuthorKey] = useState('');
  const [statement, setStatement] = useState('');
  const [contact, setContact] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const send = async (event: Event) => {
    event.preventDefault();
    try {
      const { id } = await callJson(appealFiledSchema, '/v1/appeals', null, { authorKey, statement, contact });
      setOutcome({ ok: true, text: t('server_appealSent', [id]) });
    } catch (error) {
      setOutcome({ ok: false, text: t('server_error', [(error as Error).message]) });
    }
  };
  return (
    <form onSubmit={(e) => void send(e)}>
      <h1>{t('server_appealTitle')}</h1>
      <p>{t('server_appealIntro')}</p>
      <label for="kz-appeal-author">{t('server_appealAuthorKey')}</label>
      <input id="kz-appeal-author" required minLength={3} maxLength={300} value={authorKey} onInput={(e) => setAuthorKey(e.currentTarget.value)} />
      <label for="kz-appeal-statement">{t('server_appealStatement')}</label>
      <textarea id="kz-appeal-statement" rows={5} required minLength={10} maxLength={5000} value={statement} onInput={(e) => setStatement(e.currentTarget.value)} />
      <label for="kz-appeal-contact">{t('server_appealContact')}</label>
      <input id="kz-appeal-contact" maxLength={300} value={contact} onInput={(e) => setContact(e.currentTarget.value)} />
      <button type="submit">{t('server_appealSend')}</button>
      <p role="status" class={outcome && !outcome.ok ? 'kz-error' : ''} data-kuzet-outcome={outcome ? (outcome.ok ? 'sent' : 'failed') : ''}>
        {outcome?.text}
      </p>
    </form>
  );
}

startPage('server_appealTitle', (t) => <AppealForm t={t} />);
