// Export the rules as a JSON file, import them from one. The import is checked whole (with
// the page's real CSS parser) before anything is replaced; a bad file changes nothing and
// the section says why.
import { exportSiteRules, importSiteRules, type SiteRulesConfig, type Validation } from '../../../core/siteRules.ts';
import { useT } from '../../components/connector-context.ts';
import { domSelectorCheck } from './dom-selector-check.ts';

export const EXPORT_FILE_NAME = 'kuzet-site-rules.json';

/** Hands a text file to the browser's downloads (a temporary object URL and a link click). */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

interface Props {
  config: SiteRulesConfig;
  disabled: boolean;
  onImport(result: Validation<SiteRulesConfig>): void;
  download?: (name: string, text: string) => void;
}

export function ExchangeButtons({ config, disabled, onImport, download = downloadText }: Props) {
  const t = useT();
  async function read(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must import it again
    if (file) onImport(importSiteRules(await file.text(), domSelectorCheck));
  }
  return (
    <div class="kz-exchange">
      <button type="button" onClick={() => download(EXPORT_FILE_NAME, exportSiteRules(config))} data-kuzet-rules="export">
        {t('siteRulesExport')}
      </button>{' '}
      <label class="kz-file">
        {t('siteRulesImport')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          disabled={disabled}
          data-kuzet-rules="import"
          onChange={(e) => void read(e.currentTarget as HTMLInputElement)}
        />
      </label>
    </div>
  );
}
