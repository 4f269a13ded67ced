// The language override: the browser's language, or one Kuzet ships. Each language is named
// in itself, so a reader who cannot read the current one still finds their own.
import { LANGUAGES, type Language } from '../../core/settings.ts';
import { useT } from '../components/connector-context.ts';

const OWN_NAMES: Record<Exclude<Language, 'auto'>, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша', ky: 'Кыргызча' };

export function LanguageField({ value, disabled, onChange }: { value: Language; disabled: boolean; onChange(l: Language): void }) {
  const t = useT();
  return (
    <div class="kz-field kz-row" data-kuzet-options="language">
      <label for="kz-language">{t('optionsLanguage')}</label>
      <select id="kz-language" value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
            {l === 'auto' ? t('optionsLanguageAuto') : OWN_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
