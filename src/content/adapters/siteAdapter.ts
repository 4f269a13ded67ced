// The one shape every site adapter has (DESIGN.md "The way data flows", step 1), and a guard
// that makes any adapter safe to call from a page: site markup changes without notice, and a
// layout we do not understand must yield nothing rather than throw into somebody's page.
import type { Comment } from '../../core/model.ts';
import type { LinkTemplates } from '../../messages/commentsPacking.ts';

export interface SiteAdapter {
  /** Short site name, also the `site` of the comments it reads. */
  readonly id: string;
  /** Whether this adapter understands the page at `location`. */
  matches(location: URL, doc: Document): boolean;
  /** Comment roots inside `scope`, including `scope` itself when it is one. */
  roots(scope: ParentNode): Element[];
  /** One comment root to a Comment, or null when it has no readable author (deleted, flagged). */
  read(root: Element, location: URL): Comment | null;
  /** Where the badge goes: the badge host is inserted right after this element. */
  badgeAnchor(root: Element): Element | null;
  /** Canonical URL of the thread shown at `location`. */
  threadUrl(location: URL): string;
  /**
   * How this site's permalinks and profile links follow from a comment's id and handle, when
   * they do: a link a template rebuilds is left out of the batch (messages/commentsPacking.ts).
   */
  readonly links?: LinkTemplates;
}

function warn(adapter: string, what: string, error: unknown): void {
  console.warn(`Kuzet: ${adapter}.${what} failed`, error);
}

/** Wraps every method so a throw becomes "nothing here" plus one warning. */
export function guardAdapter(adapter: SiteAdapter): SiteAdapter {
  // `fallback` is a function so every failed call gets its own fresh value (e.g. a new []).
  const guard = <A extends unknown[], R>(what: string, fn: (...args: A) => R, fallback: () => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        warn(adapter.id, what, error);
        return fallback();
      }
    };
  return {
    id: adapter.id,
    matches: guard('matches', adapter.matches.bind(adapter), () => false),
    roots: guard('roots', adapter.roots.bind(adapter), (): Element[] => []),
    read: guard('read', adapter.read.bind(adapter), () => null),
    badgeAnchor: guard('badgeAnchor', adapter.badgeAnchor.bind(adapter), () => null),
    threadUrl: guard('threadUrl', adapter.threadUrl.bind(adapter), () => ''),
    ...(adapter.links ? { links: adapter.links } : {}),
  };
}
