// Runs inside the user's open tab (scripting.executeScript `func`), to tell the options page
// live how many comments and authors a rule finds there before it is saved. The browser
// serialises this function's source, so it must be self-contained: no imports, no closures.
// It counts what content/adapters/userRule.ts reads (a root with a named author); a unit test
// holds the two to the same counts on the real Hacker News page.

export interface ProbeResult {
  comments: number;
  authors: number;
  /** Which selector threw when parsed, or null. */
  invalid: 'comment' | 'author' | null;
}

export function probeInPage(selectors: { comment: string; author: string }): ProbeResult {
  let roots: Element[];
  try {
    roots = Array.from(document.querySelectorAll(selectors.comment));
  } catch {
    return { comments: 0, authors: 0, invalid: 'comment' };
  }
  const ID_PARAMS = ['id', 'uid', 'user', 'user_id', 'userid', 'u'];
  const authors = new Set<string>();
  let comments = 0;
  try {
    for (const root of roots) {
      const author = root.querySelector(selectors.author);
      const name = author?.textContent?.trim().replace(/\s+/g, ' ');
      if (!name) continue;
      comments++;
      const href = (author?.closest('a') ?? author?.querySelector('a'))?.getAttribute('href');
      let key = `name:${name}`;
      try {
        const url = href ? new URL(href, location.href) : null;
        if (url && (url.protocol === 'http:' || url.protocol === 'https:')) {
          const param = ID_PARAMS.map((p) => url.searchParams.get(p)?.trim()).find((value) => !!value);
          const last = url.pathname.split('/').filter((s) => s !== '').pop();
          const id = (param ?? (last ? decodeURIComponent(last) : '')).replace(/^@/, '');
          if (id) key = id;
        }
      } catch {
        // an unreadable link: the name is the author, as in the adapter
      }
      authors.add(key);
    }
  } catch {
    return { comments: 0, authors: 0, invalid: 'author' };
  }
  return { comments, authors: authors.size, invalid: null };
}
