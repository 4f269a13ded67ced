// The options page: reads the settings, saves each change at once (no Save button to
// forget), and says whether the save worked.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings.ts';
import { useConnector } from '../components/connector-context.ts';
import { BadgeLevelField } from './badge-level-field.tsx';
import { useRelocalise } from '../components/localised.tsx';
import { LanguageField } from './language-field.tsx';
import { PersonalSection } from './personal/personal-section.tsx';
import { RetentionField } from './retention-field.tsx';
import { SitesField } from './sites/sites-field.tsx';
import { SiteRulesSection } from './siteRules/site-rules-section.tsx';
import { SubscriptionsSection } from './subscriptions/subscriptions-section.tsx';
import { ExportControl } from '../export/export-control.tsx';
import { NetworksSection } from '../networks/networks-section.tsx';
import { DeleteDataSection } from './delete-data.tsx';

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; settings: Settings };
type Save = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string } | { kind: 'refused'; site: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function OptionsApp() {
  const { t, loadSettings, saveSettings } = useConnector();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const relocalise = useRelocalise();

  useEffect(() => {
    let live = true;
    loadSettings().then(
      (settings) => live && setLoad({ kind: 'ready', settings }),
      (e: unknown) => live && setLoad({ kind: 'error', message: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [loadSettings]);

  async function change(next: Settings) {
    setSave({ kind: 'saving' });
    try {
      await saveSettings(next);
      // Only a stored value is shown as chosen, so the page never claims what storage lacks.
      setLoad({ kind: 'ready', settings: next });
      setSave({ kind: 'saved' });
      if (load.kind === 'ready' && next.language !== load.settings.language) relocalise(next.language);
    } catch (e) {
      setSave({ kind: 'error', message: messageOf(e) });
    }
  }

  return (
    <main class="kz-options">
      <h1>{t('optionsTitle')}</h1>
      {load.kind === 'loading' && <p class="kz-muted">{t('optionsLoading')}</p>}
      {load.kind === 'error' && (
        <p class="kz-error" role="alert" data-kuzet-options-status="load-error">
          {t('optionsLoadFailed', [load.message])}
        </p>
      )}
      {load.kind === 'ready' && (
        <>
          <BadgeLevelField
            value={load.settings.badgeLevel}
            disabled={save.kind === 'saving'}
            onChange={(badgeLevel) => void change({ ...load.settings, badgeLevel })}
          />
          <LanguageField value={load.settings.language} disabled={save.kind === 'saving'} onChange={(language) => void change({ ...load.settings, language })} />
          <RetentionField value={load.settings.retentionDays} disabled={save.kind === 'saving'} onChange={(retentionDays) => void change({ ...load.settings, retentionDays })} />
          <SitesField settings={load.settings} disabled={save.kind === 'saving'} onChange={(next) => void change(next)} onRefused={(site) => setSave({ kind: 'refused', site: site.name })} />
        </>
      )}
      <p aria-live="polite" class="kz-status">
        {save.kind === 'saved' && (
          <span class="kz-ok" data-kuzet-options-status="saved">
            {t('optionsSaved')}
          </span>
        )}
        {save.kind === 'error' && (
          <span class="kz-error" role="alert" data-kuzet-options-status="save-error">
            {t('optionsSaveFailed', [save.message])}
          </span>
        )}
        {save.kind === 'refused' && (
          <span class="kz-error" role="alert" data-kuzet-options-status="refused">
            {t('optionsSiteRefused', [save.site])}
          </span>
        )}
      </p>
      {load.kind === 'ready' && <SiteRulesSection />}
      {load.kind === 'ready' && <PersonalSection />}
      {load.kind === 'ready' && <SubscriptionsSection />}
      {load.kind === 'ready' && <ExportControl scope="all" />}
      {load.kind === 'ready' && <NetworksSection />}
      {load.kind === 'ready' && <DeleteDataSection />}
    </main>
  );
}
