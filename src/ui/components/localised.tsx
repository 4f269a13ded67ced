// The language override for Kuzet's pages: when the reader chose a language on the options
// page, the pages load that `_locales/<lang>/messages.json` and translate with it instead of
// the browser's i18n (which only ever speaks the browser's language). Keys the file lacks
// fall back to the browser's catalog. Nothing renders until the language is known: no flash
// of the wrong language.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Language } from '../../core/settings.ts';
import type { Connector } from '../connect/connector.ts';
import { formatMessage } from '../connect/format-message.ts';
import { ConnectorContext, useConnector } from './connector-context.ts';
import { applyDocumentLanguage } from '../shared/document-lang.ts';

/** Switches the page's language at once (after the options page stored the choice). */
export const RelocaliseContext = createContext<(language: Language) => void>(() => undefined);
export const useRelocalise = () => useContext(RelocaliseContext);

export async function localisedConnector(base: Connector, language: Language): Promise<Connector> {
  if (language === 'auto') return base;
  const catalog = await base.loadCatalog(language);
  return {
    ...base,
    t: (key, substitutions) => (key === '@@ui_locale' ? language : formatMessage(catalog, key, substitutions) || base.t(key, substitutions)),
  };
}

export function Localised({ titleKey, children }: { titleKey: string; children: ComponentChildren }) {
  const base = useConnector();
  const [language, setLanguage] = useState<Language | null>(null);
  const [connector, setConnector] = useState<Connector | null>(null);

  useEffect(() => {
    base.loadSettings().then((s) => setLanguage(s.language), () => setLanguage('auto'));
  }, [base]);

  useEffect(() => {
    if (language === null) return;
    let live = true;
    localisedConnector(base, language)
      .catch((error: unknown) => {
        console.warn('Kuzet: could not load the chosen language, using the browser\'s', error);
        return base;
      })
      .then((c) => {
        if (!live) return;
        if (typeof document !== 'undefined') applyDocumentLanguage(document, c.t, titleKey);
        setConnector(c);
      });
    return () => {
      live = false;
    };
  }, [base, language, titleKey]);

  if (!connector) return null;
  return (
    <RelocaliseContext.Provider value={setLanguage}>
      <ConnectorContext.Provider value={connector}>{children}</ConnectorContext.Provider>
    </RelocaliseContext.Provider>
  );
}
