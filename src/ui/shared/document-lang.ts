// Tells the page which language its text is in (screen readers, hyphenation, fonts), from
// the locale the browser chose for the extension's messages rather than the browser's own
// UI language, because the two differ when a locale is missing from `_locales`.
import type { Translate } from './translate.ts';

export function applyDocumentLanguage(doc: Document, t: Translate, titleKey: string): void {
  const locale = t('@@ui_locale');
  // getMessage answers "en_US"-style codes; the lang attribute wants BCP 47 ("en-US").
  if (locale && locale !== '@@ui_locale') doc.documentElement.lang = locale.replace(/_/g, '-');
  doc.title = t(titleKey);
}
