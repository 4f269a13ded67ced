// Every site Kuzet reads, in one list; the content script takes the first adapter whose
// `matches` holds. Adding a site = one adapter file + one line here.
import { hackernews } from './hackernews.ts';
import { facebookBasic } from './facebookBasic.ts';
import { facebookMobile } from './facebookMobile.ts';
import { facebookWww } from './facebookWww.ts';
import { mastodon } from './mastodon.ts';
import { telegram } from './telegram.ts';
import { vkMobile } from './vkMobile.ts';
import { vkWall } from './vkWall.ts';
import { youtube } from './youtube.ts';
import { x } from './x.ts';
import { instagram } from './instagram.ts';
import { nitter } from './nitter.ts';
import { reddit } from './reddit.ts';
import { bluesky } from './bluesky.ts';
import { habr } from './habr.ts';
import { pikabu } from './pikabu.ts';
import { livejournal } from './livejournal.ts';
import { vc } from './vc.ts';
import { fourpda } from './fourpda.ts';
import { disqus } from './disqus.ts';
import { spotim } from './spotim.ts';
import { guardAdapter, type SiteAdapter } from './siteAdapter.ts';

export const ADAPTERS: readonly SiteAdapter[] = [hackernews, facebookMobile, facebookBasic, facebookWww, vkMobile, vkWall, telegram, mastodon, youtube, x, instagram, nitter, reddit, bluesky, habr, pikabu, livejournal, vc, fourpda, disqus, spotim].map(guardAdapter);

/** The adapter for this page, or null when Kuzet does not know the site or layout. */
export function pickAdapter(location: URL, doc: Document, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | null {
  return adapters.find((adapter) => adapter.matches(location, doc)) ?? null;
}
