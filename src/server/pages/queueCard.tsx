// One queued account for moderators: who reported it with what record, the evidence, the
// brigade warning, and the accept/reject form that requires a reason.
import { useState } from 'preact/hooks';
import type { Say } from './messages.ts';

export interface QueueItem {
  keyHash: string;
  authorKey: string;
  displayName: string;
  score: number;
  units: number;
  possibleBrigade: boolean;
  protectedAccount: boolean;
  reports: { id: string; note: string; evidence: { url: string; text: string }[]; reporter: { key: string; confirmed: number; rejected: number; weight: number } }[];
}

export function QueueCard({ item, t, decide }: { item: QueueItem; t: Say; decide: (body: unknown) => void }) {
  const [reason, setReason] = useState('');
  const submit = (decision: 'accept' | 'reject') => reason.trim().length >= 3 && decide({ keyHash: item.keyHash, decision, reason });
  return (
    <section>
      <h2>
        {item.displayName} <code>{item.authorKey}</code>
      </h2>
      {item.possibleBrigade && <p role="alert">{t('server_possibleBrigade')}</p>}
      {item.protectedAccount && <p>{t('server_protectedAccount')}</p>}
      <p>{t('server_targetSummary', String(item.reports.length), String(item.units), item.score.toFixed(2))}</p>
      <h3>{t('server_evidence')}</h3>
      <ul>
        {item.reports.map((r) => (
          <li key={r.id}>
            {t('server_reporterRecord', r.reporter.key.slice(0, 8), String(r.reporter.confirmed), String(r.reporter.rejected), r.reporter.weight.toFixed(2))}
            {r.note && <p>{r.note}</p>}
            <ul>
              {r.evidence.map((e, i) => (
                <li key={i}>
                  <blockquote>{e.text}</blockquote>
                  {/^https?:\/\//.test(e.url) && (
                    <a href={e.url} rel="noreferrer noopener" target="_blank">
                      {e.url}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <label>
        {t('server_reasonLabel')}
        <textarea required minLength={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => submit('accept')}>
        {t('server_accept')}
      </button>
      <button type="button" onClick={() => submit('reject')}>
        {t('server_reject')}
      </button>
    </section>
  );
}
