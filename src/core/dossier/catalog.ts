// The report's words in the reader's language: a `_locales/<lang>/messages.json` catalog passed
// in (core reads no files), filled the way browser.i18n.getMessage fills it ($1..$9, $$), and
// reason sentences in their plural form, so the dossier says what the badge says.
import type { Sentence } from '../model.ts';
import { sentenceKey } from '../messageKeys.ts';

export const DOSSIER_LANGUAGES = ['en', 'ru', 'kk', 'ky'] as const;
export type DossierLanguage = (typeof DOSSIER_LANGUAGES)[number];

export type Catalog = Readonly<Record<string, { message: string }>>;

export interface Words {
  language: DossierLanguage;
  /** A message with its substitutions; the key itself when the catalog lacks it (never blank). */
  t(key: string, substitutions?: readonly string[]): string;
  /** A reason's sentence as the badge shows it. */
  sentence(sentence: Sentence): string;
}

export function wordsOf(language: DossierLanguage, catalog: Catalog): Words {
  const t = (key: string, substitutions: readonly string[] = []) => {
    const entry = catalog[key];
    if (!entry) return key;
    return entry.message.replace(/\$(\$|[1-9])/g, (_, mark: string) => (mark === '$' ? '$' : (substitutions[Number(mark) - 1] ?? '')));
  };
  // The catalog's own plural locale where it names one (kk/ky plural like their catalog says).
  const pluralLocale = catalog.pluralLocale?.message ?? language;
  return { language, t, sentence: (s) => t(sentenceKey(s, pluralLocale), s.substitutions) };
}

/** Picks a supported report language from a setting or a browser language tag ('ru-RU' → 'ru'). */
export function dossierLanguage(tag: string): DossierLanguage {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return (DOSSIER_LANGUAGES as readonly string[]).includes(base) ? (base as DossierLanguage) : 'en';
}
