// Formats a `_locales` messages.json entry the way browser.i18n.getMessage does: the language
// override (pages and badges) and the mock connector show the same sentences the extension would.
// Chrome's rules: named placeholders `$name$` take their `content`, `$1`..`$9` take the
// substitutions (missing ones become ''), and `$$` is a literal dollar sign.

import * as v from 'valibot';

export interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

function fillPositional(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, mark: string) => (mark === '$' ? '$' : (substitutions[Number(mark) - 1] ?? '')));
}

/** Returns '' for an unknown key, as getMessage does. */
export function formatMessage(catalog: Catalog, key: string, substitutions: readonly string[] = []): string {
  const entry = catalog[key];
  if (!entry) return '';
  const placeholders = entry.placeholders ?? {};
  const named = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(placeholders).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return fillPositional(named, substitutions);
}

/** A messages.json as read from the extension's files: checked before any page shows it. */
export const catalogSchema = v.record(
  v.pipe(v.string(), v.maxLength(200)),
  v.object({
    message: v.pipe(v.string(), v.maxLength(5_000)),
    placeholders: v.exactOptional(v.record(v.pipe(v.string(), v.maxLength(100)), v.object({ content: v.pipe(v.string(), v.maxLength(100)) }))),
  }),
);
