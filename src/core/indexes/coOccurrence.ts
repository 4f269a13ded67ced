// Co-occurrence counting for the persistent index: when an author first appears in a thread,
// every author already there shares one more thread with them. Pairs are stored once, under a
// key that does not depend on the order the two were seen in. Pure.

/** One key per unordered pair. The separator cannot occur in an author key's site prefix. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The two authors of a pair key. */
export function pairAuthors(pair: string): [string, string] {
  const cut = pair.indexOf('\u0000');
  return [pair.slice(0, cut), pair.slice(cut + 1)];
}

/**
 * Pairs that gain a shared thread when `newcomers` first appear in a thread whose earlier
 * authors are `present`: each newcomer with everyone present and with each other newcomer.
 * A thread with more authors than `maxAuthors` adds nothing: a huge thread says little about who
 * follows whom, and would add pairs quadratically (the bound that keeps the index small).
 */
export function newPairs(newcomers: readonly string[], present: readonly string[], maxAuthors: number): string[] {
  const here = new Set(present);
  const fresh = [...new Set(newcomers)].filter((k) => !here.has(k));
  if (present.length + fresh.length > maxAuthors) return [];
  const pairs: string[] = [];
  fresh.forEach((a, i) => {
    for (const b of present) pairs.push(pairKey(a, b));
    for (const b of fresh.slice(i + 1)) pairs.push(pairKey(a, b));
  });
  return pairs;
}
