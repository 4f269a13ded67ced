// One open appeal for moderators: the statement, and keep or remove with a reason.
import { useState } from 'preact/hooks';
import type { Say } from './messages.ts';

export interface OpenAppeal {
  id: string;
  authorKey: string;
  statement: string;
  contact: string;
}

export function AppealCard({ appeal, t, answer }: { appeal: OpenAppeal; t: Say; answer: (body: unknown) => void }) {
  const [reason, setReason] = useState('');
  const submit = (choice: 'uphold' | 'delist') => reason.trim().length >= 3 && answer({ answer: choice, reason });
  return (
    <section>
      <h3>
        <code>{appeal.authorKey}</code>
      </h3>
      <blockquote>{appeal.statement}</blockquote>
      {appeal.contact && <p>{appeal.contact}</p>}
      <label>
        {t('server_reasonLabel')}
        <textarea required minLength={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => submit('uphold')}>
        {t('server_uphold')}
      </button>
      <button type="button" onClick={() => submit('delist')}>
        {t('server_delist')}
      </button>
    </section>
  );
}
