// The public appeal page: anyone who believes an account was listed wrongly says why.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { call } from './api.ts';
import { loadMessages, type Say } from './messages.ts';

function AppealForm({ t }: { t: Say }) {
  const [authorKey, setAuthorKey] = useState('');
  const [statement, setStatement] = useState('');
  const [contact, setContact] = useState('');
  const [outcome, setOutcome] = useState('');
  const send = async (event: Event) => {
    event.preventDefault();
    try {
      const { id } = await call<{ id: string }>('/v1/appeals', null, { authorKey, statement, contact });
      setOutcome(t('server_appealSent', id));
    } catch (error) {
      setOutcome(t('server_error', String((error as Error).message)));
    }
  };
  return (
    <form onSubmit={send}>
      <h1>{t('server_appealTitle')}</h1>
      <p>{t('server_appealIntro')}</p>
      <label>
        {t('server_appealAuthorKey')}
        <input required minLength={3} maxLength={300} value={authorKey} onInput={(e) => setAuthorKey(e.currentTarget.value)} />
      </label>
      <label>
        {t('server_appealStatement')}
        <textarea required minLength={10} maxLength={5000} value={statement} onInput={(e) => setStatement(e.currentTarget.value)} />
      </label>
      <label>
        {t('server_appealContact')}
        <input maxLength={300} value={contact} onInput={(e) => setContact(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('server_appealSend')}</button>
      <p role="status">{outcome}</p>
    </form>
  );
}

void loadMessages().then((t) => render(<AppealForm t={t} />, document.getElementById('app') as HTMLElement));
