// The one translation signature of Kuzet's pages, kept here so the pieces in src/ui/shared run
// both in the extension (browser.i18n or a loaded catalog) and on the list server's pages
// (a catalog fetched from the server), with no connector behind them.

/** Translates a `_locales` message key; substitutions fill `$1`..`$9`. */
export type Translate = (key: string, substitutions?: string[]) => string;
