// Every site Kuzet reads, in one list; the content script takes the first adapter whose
// `matches` holds. Adding a site = one adapter file + one line here.
import { hackernews } from './hackernews.ts';
import { guardAdapter, type SiteAdapter } from './siteAdapter.ts';

export const ADAPTERS: readonly SiteAdapter[] = [hackernews].map(guardAdapter);

/** The adapter for this page, or null when Kuzet does not know the site or layout. */
export function pickAdapter(location: URL, doc: Document, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | null {
  return adapters.find((adapter) => adapter.matches(location, doc)) ?? null;
}
