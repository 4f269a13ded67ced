// "Delete all local data" on the options page: everything Kuzet keeps on this device (comments it
// read, authors, verdicts, the report queue, trusted authors, notes, list copies, the install key,
// settings and site rules) is erased by the background in one go (privacy/deleteAll). Two steps,
// so one stray click cannot erase a user's notes; the result is said in a live region.
import { useState } from 'preact/hooks';
import { useConnector } from '../components/connector-context.ts';

type Step = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'working' } | { kind: 'done' } | { kind: 'error'; message: string };

export function DeleteDataSection() {
  const { t, deleteAllData } = useConnector();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  if (!deleteAllData) return null;

  async function erase(run: () => Promise<void>) {
    setStep({ kind: 'working' });
    try {
      await run();
      setStep({ kind: 'done' });
    } catch (e) {
      setStep({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <section class="kz-delete-data" aria-labelledby="kz-delete-heading" data-kuzet-privacy="delete">
      <h2 id="kz-delete-heading">{t('privacy_deleteHeading')}</h2>
      <p class="kz-muted">{t('privacy_deleteExplain')}</p>
      {step.kind === 'confirm' || step.kind === 'working' ? (
        <div role="group" aria-labelledby="kz-delete-heading">
          <p>{t('privacy_deleteConfirm')}</p>
          <button type="button" class="kz-danger" disabled={step.kind === 'working'} data-kuzet-privacy="delete-yes" onClick={() => void erase(deleteAllData)}>
            {t('privacy_deleteYes')}
          </button>{' '}
          <button type="button" disabled={step.kind === 'working'} data-kuzet-privacy="delete-cancel" onClick={() => setStep({ kind: 'idle' })}>
            {t('privacy_deleteCancel')}
          </button>
        </div>
      ) : (
        <button type="button" data-kuzet-privacy="delete-start" onClick={() => setStep({ kind: 'confirm' })}>
          {t('privacy_deleteButton')}
        </button>
      )}
      <p aria-live="polite" class="kz-status">
        {step.kind === 'done' && (
          <span class="kz-ok" data-kuzet-privacy="deleted">
            {t('privacy_deleteDone')}
          </span>
        )}
        {step.kind === 'error' && (
          <span class="kz-error" role="alert" data-kuzet-privacy="delete-error">
            {t('privacy_deleteFailed', [step.message])}
          </span>
        )}
      </p>
    </section>
  );
}
