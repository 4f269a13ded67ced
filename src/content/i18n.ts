// Localised text for the badge and card. Injected as a function so tests and pages outside the
// extension can supply their own; in the extension it is browser.i18n.getMessage.
export type Translate = (key: string, substitutions?: string[]) => string;

/** Wraps getMessage so a missing key shows the key itself rather than an empty badge. */
export function translator(getMessage: (key: string, substitutions?: string | string[]) => string): Translate {
  return (key, substitutions) => getMessage(key, substitutions) || key;
}
