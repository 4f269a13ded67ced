// Under a queued report in Firefox: if the person has not (yet) allowed Kuzet to share website
// content, the report cannot leave, so say so and offer to ask again. Shown whenever the popup
// opens on such a report, not only right after a refusal. Chrome never shows it (nothing to ask).
import { useEffect, useState } from 'preact/hooks';
import { useConnector } from '../components/connector-context.ts';

export function ReportConsent({ authorKey }: { authorKey: string }) {
  const { t, hasDataConsent, requestDataConsent, lists } = useConnector();
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    void hasDataConsent?.().then((held) => live && setMissing(!held), () => undefined);
    return () => {
      live = false;
    };
  }, [hasDataConsent]);

  if (!missing) return null;

  async function allow() {
    // First thing in the click: Firefox grants only inside the user's gesture.
    const asked = requestDataConsent?.() ?? Promise.resolve(true);
    if (!(await asked)) return;
    setMissing(false);
    // Send it now rather than at the next alarm.
    await lists?.refresh().catch(() => undefined);
  }

  return (
    <div class="kz-consent" role="status" data-kuzet-consent={authorKey}>
      <p>{t('consentRefused')}</p>
      <button type="button" data-kuzet-consent-allow={authorKey} onClick={allow}>
        {t('consentAllow')}
      </button>
    </div>
  );
}
