// Finds the real saved page each adapter is fuzzed on: a page in test/fixtures/<site>/ whose
// URL (from that folder's PROVENANCE.md) the adapter claims. Every adapter in the registry gets
// one without anyone editing the fuzz test; an adapter with no saved page yet gets null.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteAdapter } from '../../../../src/content/adapters/siteAdapter.ts';
import { decodeSavedPage } from '../../../../scripts/browser/decode-saved-page.ts';

// A path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the page's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

export interface SitePage {
  /** test/fixtures/<dir>/<file> */
  file: string;
  /** The real URL the page was saved from. */
  url: string;
}

/**
 * The page as inert markup: nothing it names is fetched and none of its scripts run. External
 * scripts, stylesheets and frame sources go; inline scripts stay as text (an adapter may read
 * data from them) but get a type that no browser executes, unless they already carry JSON.
 */
function inert(html: string): string {
  return html
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<script\b[^>]*\bsrc\s*=[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<script\b(?![^>]*type\s*=\s*["']?application\/(?:ld\+)?json)([^>]*)>/gi, '<script type="text/x-kuzet-inert"$1>')
    // happy-dom loads frames (not images): their sources go, image URLs stay for avatar reading.
    .replace(/<(?:iframe|frame)\b[^>]*>/gi, (tag) => tag.replace(/\ssrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''))
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
}

/** Replaces the live document's contents (head, body and their attributes) with the saved page. */
export function loadPage(doc: Document, file: string): void {
  const parsed = new DOMParser().parseFromString(inert(decodeSavedPage(readFileSync(join(FIXTURES, file)))), 'text/html');
  for (const [from, to] of [[parsed.documentElement, doc.documentElement], [parsed.body, doc.body]] as const) {
    for (const attr of Array.from(to.attributes)) to.removeAttribute(attr.name);
    for (const attr of Array.from(from.attributes)) to.setAttribute(attr.name, attr.value);
  }
  doc.head.replaceChildren(...Array.from(parsed.head.childNodes).map((node) => doc.importNode(node, true)));
  doc.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => doc.importNode(node, true)));
}

function urlsIn(dir: string): string[] {
  const provenance = join(FIXTURES, dir, 'PROVENANCE.md');
  if (!existsSync(provenance)) return [];
  const found = readFileSync(provenance, 'utf8').match(/https?:\/\/[^\s)`"'<>|\]]+/g) ?? [];
  return [...new Set(found.map((u) => u.replace(/[.,;:]+$/, '')))];
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(join(FIXTURES, dir)).filter((f) => /\.x?html?$/i.test(f)).sort().map((f) => `${dir}/${f}`);

const parses = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** The first saved page (and its real URL) the adapter claims, trying folders named like it first. */
export function sitePageFor(adapter: SiteAdapter, doc: Document): SitePage | null {
  const dirs = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'PROVENANCE.md'))).sort() : [];
  const named = (d: string) => d === adapter.id || d.startsWith(adapter.id) || adapter.id.startsWith(d);
  for (const dir of [...dirs.filter(named), ...dirs.filter((d) => !named(d))]) {
    const urls = urlsIn(dir).map(parses).filter((u): u is URL => u !== null);
    doc.body.replaceChildren();
    // Outside its own folder, only pages whose URL alone already looks like the adapter's are parsed.
    const likely = named(dir) ? urls : urls.filter((u) => adapter.matches(u, doc));
    if (likely.length === 0) continue;
    for (const file of htmlFiles(dir)) {
      loadPage(doc, file);
      const url = likely.find((u) => adapter.matches(u, doc) && adapter.threadUrl(u) !== '');
      if (url) return { file, url: url.href };
    }
  }
  return null;
}
