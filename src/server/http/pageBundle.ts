// Builds the Preact moderator and appeal pages with esbuild once per process (their styles,
// the shared ui theme included, go inside the script as text), and serves each language's
// server_ messages plus the few the shared ui pieces use, so the pages speak the reader's
// language without shipping the extension's whole catalog.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { SHARED_MESSAGE_KEYS } from '../../ui/shared/message-keys.ts';

export const PAGES = ['moderate', 'appeal'] as const;
export type PageName = (typeof PAGES)[number];

const root = fileURLToPath(new URL('../../../', import.meta.url));
const built = new Map<PageName, Promise<string>>();

export function pageScript(page: PageName): Promise<string> {
  let script = built.get(page);
  if (!script) {
    script = esbuild
      .build({
        entryPoints: [`${root}src/server/pages/${page}.tsx`],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        jsxImportSource: 'preact',
        loader: { '.css': 'text' },
        logLevel: 'silent',
      })
      .then((result) => result.outputFiles[0]?.text ?? '');
    built.set(page, script);
  }
  return script;
}

export function pageHtml(page: PageName): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kuzet</title></head>
<body><main id="app"></main><script type="module" src="/pages/${page}.js"></script></body></html>
`;
}

export async function pageCatalog(language: string): Promise<Record<string, { message: string }>> {
  const all = JSON.parse(await readFile(`${root}_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('server_') || SHARED_MESSAGE_KEYS.includes(key)));
}
