// The badges' language: the browser's (its i18n) unless the reader chose one on the options
// page, then that `_locales` catalog, fetched once through the background. Keys the catalog
// lacks, and any failure to load it, fall back to the browser's text: a badge is never blank.
import { formatMessage, type Catalog } from '../../core/insight/formatMessage.ts';
import type { Language } from '../../core/settings.ts';
import type { Translate } from '../i18n.ts';

export interface LanguageSwitch {
  t: Translate;
  /** Loads `language` (no-op when already shown); resolves when `t` speaks it. */
  set(language: Language): Promise<void>;
}

export function createLanguageSwitch(base: Translate, load: (language: Exclude<Language, 'auto'>) => Promise<Catalog>): LanguageSwitch {
  let shown: Language = 'auto';
  let wanted: Language = 'auto'; // the latest choice wins over a slower earlier load
  let catalog: Catalog | null = null;
  const t: Translate = (key, substitutions) => {
    if (catalog === null) return base(key, substitutions);
    return formatMessage(catalog, key, substitutions ?? []) || base(key, substitutions);
  };
  return {
    t,
    async set(language) {
      wanted = language;
      if (language === shown) return;
      if (language === 'auto') {
        shown = 'auto';
        catalog = null;
        return;
      }
      try {
        const loaded = await load(language);
        if (wanted !== language) return;
        catalog = loaded;
        shown = language;
      } catch (error) {
        console.warn('Kuzet: could not load the chosen language for badges', error);
      }
    },
  };
}
