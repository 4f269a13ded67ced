// Loads one `_locales/<lang>/messages.json` for the language override: the browser's i18n
// only speaks the browser's language, so a chosen one is read as a file and checked before use.
import * as v from 'valibot';
import { catalogSchema } from '../../core/insight/formatMessage.ts';
import type { Catalog } from './format-message.ts';

export function readCatalog(raw: unknown): Catalog {
  const result = v.safeParse(catalogSchema, raw);
  if (!result.success) throw new Error(`Kuzet: malformed message catalog: ${result.issues[0]?.message ?? ''}`);
  return result.output as Catalog;
}

export async function fetchCatalog(url: string): Promise<Catalog> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Kuzet: no message catalog at ${url} (${response.status})`);
  return readCatalog(await response.json());
}
