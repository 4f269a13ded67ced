// Questions the e2e asks the page about badges, answered inside the page from what is on
// screen. Each function handed to the driver is self-contained: it travels as source text.
import type { Tab } from '../../scripts/browser/session.ts';

export const badgeHostCount = (page: Tab): Promise<number> => page.count('[data-kuzet-badge]');

/** How many comments these authors have on the page now. */
export const commentsBy = (page: Tab, authors: string[]): Promise<number> =>
  page.evaluate(
    (names) => Array.from(document.querySelectorAll('tr.athing.comtr a.hnuser')).filter((a) => names.includes(a.textContent ?? '')).length,
    authors,
  );

export interface BadgedAuthor {
  author: string;
  comments: number;
  badgedComments: number;
  level: string;
  /** every badge of this author sits in the comment header that holds the author's name */
  besideName: boolean;
}

/** Every author with at least one badge; a badge outside any read comment counts as author "(none)". */
export const authorsWithBadges = (page: Tab): Promise<BadgedAuthor[]> =>
  page.evaluate(() => {
    const byAuthor = new Map<string, { author: string; comments: number; badgedComments: number; level: string; besideName: boolean }>();
    const entry = (author: string) => {
      const found = byAuthor.get(author) ?? { author, comments: 0, badgedComments: 0, level: '', besideName: true };
      byAuthor.set(author, found);
      return found;
    };
    for (const host of Array.from(document.querySelectorAll('[data-kuzet-badge]'))) {
      if (!host.closest('[data-kuzet-comment]')) entry('(none)').badgedComments++;
    }
    for (const root of Array.from(document.querySelectorAll('[data-kuzet-comment]'))) {
      const name = root.querySelector('a.hnuser');
      const e = entry(name?.textContent ?? '(no author)');
      const hosts = Array.from(root.querySelectorAll('[data-kuzet-badge]'));
      e.comments++;
      if (hosts.length > 0) e.badgedComments++;
      for (const host of hosts) {
        e.level ||= host.getAttribute('data-kuzet-badge') ?? '';
        if (!name?.closest('.comhead')?.contains(host)) e.besideName = false;
      }
    }
    return Array.from(byAuthor.values()).filter((e) => e.badgedComments > 0);
  });

/**
 * Milliseconds from window.kuzetAppendedAt (set by the test just before it edits the page)
 * until every comment of these authors carries a badge; measured in the page so the driver's
 * own round trips do not count. Gives up after 5 s so a slow Kuzet shows how slow it was.
 */
export async function timeUntilBadged(page: Tab, authors: string[]): Promise<number> {
  const elapsed = await page.waitForFunction(
    (names) => {
      const rows = Array.from(document.querySelectorAll('[data-kuzet-comment]')).filter((r) =>
        names.includes(r.querySelector('a.hnuser')?.textContent ?? ''),
      );
      const done = rows.length > 0 && rows.every((r) => r.querySelector('[data-kuzet-badge]'));
      return done ? performance.now() - (window as unknown as { kuzetAppendedAt: number }).kuzetAppendedAt : false;
    },
    authors,
    { timeout: 5_000, polling: 'raf' },
  );
  return elapsed as number;
}
