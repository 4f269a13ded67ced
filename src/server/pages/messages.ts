// The pages' strings in the reader's language: the first of the browser's languages
// (navigator.languages, the same list it sends as Accept-Language) that Kuzet speaks, else
// English. The catalog comes from the server and is checked before use.
import * as v from 'valibot';
import { catalogSchema, formatMessage } from '../../core/insight/formatMessage.ts';
import type { Translate } from '../../ui/shared/translate.ts';

const SPOKEN = ['en', 'ru', 'kk', 'ky'];

export function pickLanguage(wanted: readonly string[]): string {
  return wanted.map((tag) => tag.slice(0, 2).toLowerCase()).find((code) => SPOKEN.includes(code)) ?? 'en';
}

export async function loadMessages(): Promise<Translate> {
  const nav = globalThis.navigator;
  const language = pickLanguage(nav?.languages?.length ? nav.languages : [nav?.language ?? 'en']);
  const catalog = v.parse(catalogSchema, await (await fetch(`/pages/messages/${language}.json`)).json());
  // '@@ui_locale' answers like browser.i18n does, so the shared applyDocumentLanguage works here.
  return (key, substitutions) => (key === '@@ui_locale' ? language : formatMessage(catalog, key, substitutions) || key);
}
