// A SiteAdapter built from a rule the user wrote on the options page (host pattern + CSS
// selectors for comment, author, text, time). The rule is data typed by a person, so every
// selector may be wrong: a selector that throws yields no comments and one warning per rule,
// never an error in the page and never a warning per mutation.
import type { Comment } from '../../core/model.ts';
import { profileIdentity, ruleAdapterData, type SiteRule } from '../../core/siteRules.ts';
import { authorKey } from './authorKey.ts';
import { commentText } from './commentText.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { rootsMatching } from './rootsMatching.ts';

/** A short stable id for a comment the page gives no id to (FNV-1a over who, when and what). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function httpUrl(href: string | null | undefined, base: URL): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** `datetime`, then `title`, then the text: whichever parses as a date first. */
function timeOf(element: Element | null): number | undefined {
  if (!element) return undefined;
  for (const raw of [element.getAttribute('datetime'), element.getAttribute('title'), element.textContent]) {
    const ms = raw ? Date.parse(raw.trim()) : NaN;
    if (Number.isFinite(ms) && ms > 0) return ms;
  }
  return undefined;
}

export function userRuleAdapter(rule: SiteRule): SiteAdapter {
  const data = ruleAdapterData(rule);
  const { comment: COMMENT, author: AUTHOR, text: TEXT, time: TIME } = data.selectors;
  let warned = false;
  const safely = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (error) {
      if (!warned) console.warn(`Kuzet: your rule for ${rule.pattern} does not work on this page`, error);
      warned = true;
      return fallback;
    }
  };
  const threadUrl = (location: URL) => `${location.origin}${location.pathname}${location.search}`;

  return {
    id: data.site,
    matches: (location) => data.matches(location),
    roots: (scope) => safely(() => rootsMatching(scope, COMMENT), []),
    read: (root, location) =>
      safely(() => {
        const author = root.querySelector(AUTHOR);
        const name = author?.textContent?.trim().replace(/\s+/g, ' ').slice(0, 300);
        const link = author?.closest('a') ?? author?.querySelector('a');
        const profile = httpUrl(link?.getAttribute('href'), location);
        const key = authorKey(data.site, { ...(profile ? profileIdentity(profile) : {}), displayName: name });
        if (!name || !key) return null; // nobody to attribute it to
        const body = root.querySelector(TEXT);
        const text = body ? commentText(body) : '';
        const time = TIME ? timeOf(root.querySelector(TIME)) : undefined;
        const ownId = root.id || root.getAttribute('data-id') || fingerprint(`${key}\n${time ?? ''}\n${text}`);
        const comment: Comment = {
          id: `${data.site}:${ownId}`.slice(0, 300),
          site: data.site,
          authorKey: key.slice(0, 300),
          displayName: name,
          text: text.slice(0, 20_000),
          threadUrl: threadUrl(location),
        };
        if (profile && profile.href.length <= 2048) comment.profileUrl = profile.href;
        if (time !== undefined) comment.time = time;
        return comment;
      }, null),
    badgeAnchor: (root) => safely(() => root.querySelector(AUTHOR), null),
    threadUrl,
  };
}
