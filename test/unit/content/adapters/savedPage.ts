// Loads a real saved page from test/fixtures/<site>/ as an inert document: tags that would
// fetch something (stylesheets, external scripts, frames) are cut from the text before parsing,
// the file on disk stays byte for byte. Inline scripts stay: DOMParser documents never run them,
// and Spot.IM's page state lives in one. windows-1251 pages are decoded as such.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import type { Comment } from '../../../../src/core/model.ts';
import type { SiteAdapter } from '../../../../src/content/adapters/siteAdapter.ts';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the page's, not Node's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

export function savedPageText(site: string, file: string, encoding = 'utf-8'): string {
  return new TextDecoder(encoding).decode(readFileSync(join(FIXTURES, site, file)));
}

export function parseSavedPage(site: string, file: string, encoding = 'utf-8'): Document {
  const html = savedPageText(site, file, encoding)
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<script\b[^>]*\bsrc=[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<(iframe|frame)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Every comment the adapter reads from `scope`, as the content script would read them. */
export function readAll(adapter: SiteAdapter, scope: ParentNode, location: URL): Comment[] {
  return adapter.roots(scope).map((root) => adapter.read(root, location)).filter((c): c is Comment => c !== null);
}

export function distinctAuthors(comments: readonly Comment[]): number {
  return new Set(comments.map((c) => c.authorKey)).size;
}
