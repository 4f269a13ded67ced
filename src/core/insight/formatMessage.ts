// Formats a `_locales` messages.json entry the way browser.i18n.getMessage does, so the mock
// connector shows the same sentences the extension would (tests compare real text).
// Chrome's rules: named placeholders `$name$` take their `content`, `$1`..`$9` take the
// substitutions (missing ones become ''), and `$$` is a literal dollar sign.

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
