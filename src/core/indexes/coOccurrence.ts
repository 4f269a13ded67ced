// Co-occurrence from the author-per-thread index: how many threads one author shares with each
// other author, counted from the threads they are in and who else is in each. The index grows
// by one row per author and thread (never per pair), and the counting runs only for the authors
// being scored, only when they are in enough threads for the signal to pass at all. Pure.

/** Shared-thread counts of `author` with every co-author, given the author lists of `author`'s threads. */
export function sharedThreadCounts(author: string, threadAuthors: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const authors of threadAuthors) {
    for (const other of new Set(authors)) if (other !== author) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return counts;
}

/** Only the pairs sharing at least `min` threads (the rest cannot pass the signal). */
export function atLeast(counts: ReadonlyMap<string, number>, min: number): Map<string, number> {
  return new Map([...counts].filter(([, n]) => n >= min));
}
