// Export and import of the user's rules as a JSON file: people share rules for a news site
// with each other. Import is all or nothing: a file that is not JSON, not ours, or holds one
// bad rule imports nothing and says why.
import type { SiteRulesConfig } from './schema.ts';
import { type SelectorCheck, type Validation, validateSiteRules } from './validate.ts';

/** The file a user downloads: the configuration, marked as Kuzet's, readable by a person. */
export function exportSiteRules(config: SiteRulesConfig): string {
  return `${JSON.stringify({ kuzet: 'site-rules', ...config }, null, 2)}\n`;
}

const MAX_FILE_CHARS = 1_000_000;

export function importSiteRules(text: string, check: SelectorCheck): Validation<SiteRulesConfig> {
  if (text.length > MAX_FILE_CHARS) return { ok: false, issues: [{ code: 'shape', value: 'size' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ code: 'shape', value: 'JSON' }] };
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>)['kuzet'] !== 'site-rules') {
    return { ok: false, issues: [{ code: 'shape', value: 'kuzet' }] };
  }
  const { kuzet: _, ...config } = raw as Record<string, unknown>;
  return validateSiteRules(config, check);
}
