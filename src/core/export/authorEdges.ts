// The author network's edges for exports: between flagged authors only (as the popup's network
// view), "sameText" when they posted near-identical texts (the near-duplicate test the copypasta
// signal uses) and "coOccurrence" when they commented in the same threads at least twice. Every
// edge cites the comments that make it, so a researcher can check it like any reason.
import { nearDuplicateGroups } from '../heuristics/nearDuplicates.ts';
import type { AuthorKey, StoredComment } from '../model.ts';
import { foldWords } from '../text/index.ts';
import type { EdgeLine, EdgeType } from './ndjsonFormat.ts';

/** Threads two authors must share before the export calls it co-occurrence (one is chance). */
export const MIN_SHARED_THREADS = 2;
/** Comments cited per edge at most: enough to check it, small enough for a file per thread. */
export const MAX_EDGE_EVIDENCE = 20;

interface Tie { a: AuthorKey; b: AuthorKey; weight: number; ids: Set<string> }

class Ties {
  readonly byPair = new Map<string, Tie>();
  add(x: AuthorKey, y: AuthorKey, ids: readonly string[]): void {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const pair = `${a}\u0000${b}`;
    let tie = this.byPair.get(pair);
    if (!tie) this.byPair.set(pair, (tie = { a, b, weight: 0, ids: new Set() }));
    tie.weight += 1;
    for (const id of ids) if (tie.ids.size < MAX_EDGE_EVIDENCE) tie.ids.add(id);
  }
  lines(type: EdgeType, minWeight: number): EdgeLine[] {
    return [...this.byPair.values()]
      .filter((t) => t.weight >= minWeight)
      .map((t) => ({ kind: 'edge', a: t.a, b: t.b, type, weight: t.weight, evidence: { commentIds: [...t.ids].sort() } }));
  }
}

export function authorEdges(comments: readonly StoredComment[], flagged: ReadonlySet<AuthorKey>): EdgeLine[] {
  const theirs = comments.filter((c) => flagged.has(c.authorKey));
  return [...sameTextEdges(theirs), ...coOccurrenceEdges(theirs)].sort(
    (p, q) => cmp(p.a, q.a) || cmp(p.b, q.b) || cmp(p.type, q.type),
  );
}

/** Weight: how many distinct repeated texts the two both posted. */
function sameTextEdges(comments: readonly StoredComment[]): EdgeLine[] {
  const ties = new Ties();
  for (const group of nearDuplicateGroups(comments, (c) => foldWords(c.text))) {
    const firstOf = new Map<AuthorKey, string>();
    for (const c of group) if (!firstOf.has(c.authorKey)) firstOf.set(c.authorKey, c.id);
    const authors = [...firstOf.keys()].sort();
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        ties.add(authors[i]!, authors[j]!, [firstOf.get(authors[i]!)!, firstOf.get(authors[j]!)!]);
      }
    }
  }
  return ties.lines('sameText', 1);
}

/** Weight: how many threads both commented in. */
function coOccurrenceEdges(comments: readonly StoredComment[]): EdgeLine[] {
  const threads = new Map<string, Map<AuthorKey, string>>();
  const threadCount = new Map<AuthorKey, Set<string>>();
  for (const c of comments) {
    let present = threads.get(c.threadUrl);
    if (!present) threads.set(c.threadUrl, (present = new Map()));
    const known = present.get(c.authorKey);
    if (known === undefined || c.id < known) present.set(c.authorKey, c.id);
    let mine = threadCount.get(c.authorKey);
    if (!mine) threadCount.set(c.authorKey, (mine = new Set()));
    mine.add(c.threadUrl);
  }
  const ties = new Ties();
  for (const present of threads.values()) {
    // Authors seen in one thread only can never reach the minimum: skip their pairs.
    const authors = [...present.keys()].filter((k) => threadCount.get(k)!.size >= MIN_SHARED_THREADS).sort();
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        ties.add(authors[i]!, authors[j]!, [present.get(authors[i]!)!, present.get(authors[j]!)!]);
      }
    }
  }
  return ties.lines('coOccurrence', MIN_SHARED_THREADS);
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
