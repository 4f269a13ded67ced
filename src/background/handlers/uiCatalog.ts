// 'ui/catalog': one of Kuzet's own `_locales/<lang>/messages.json`, for badges in the language
// the reader chose. Read from the extension's files (the worker's own origin) and checked by
// the response schema like any answer.
import type { Request, Response } from '../../messages.ts';

export type FileReader = (path: string) => Promise<unknown>;

/** In the service worker a path resolves against the extension's own origin. */
const readExtensionFile: FileReader = async (path) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
};

export async function handleUiCatalog({ language }: Request<'ui/catalog'>, read: FileReader = readExtensionFile): Promise<Response<'ui/catalog'>> {
  return { catalog: (await read(`/_locales/${language}/messages.json`)) as Response<'ui/catalog'>['catalog'] };
}
