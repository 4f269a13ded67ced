// The small network the popup draws: the flagged authors of one thread as nodes, joined when
// they posted the same text (the copy groups the copypasta signal cites) or keep commenting in
// the same threads. Pure: comments and verdicts come in; every edge carries the comments that
// make it, so a person can check it like any reason.
import { findCopyGroups } from '../heuristics/copypasta.ts';
import type { Level, StoredComment, Verdict } from '../model.ts';

/** Nodes drawn at most (strongest first): more would not be readable in a popup. */
export const MAX_NODES = 30;
/** Threads two authors must share (this one included) before they count as co-occurring. */
export const MIN_SHARED_THREADS = 2;
/** Comments cited per edge at most. */
export const MAX_EDGE_EVIDENCE = 20;

export type EdgeType = 'coOccurrence' | 'sameText';

export interface NetworkNode {
  authorKey: string;
  displayName: string;
  level: Level;
  score: number;
}

export interface NetworkEdge {
  a: string;
  b: string;
  type: EdgeType;
  /** sameText: copy groups the two share; coOccurrence: threads they both commented in. */
  weight: number;
  commentIds: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/**
 * @param verdicts the thread's verdicts (those at 'none' are left out)
 * @param thread the thread's comments, for same-text groups
 * @param history every stored comment of the flagged authors, in any thread, for co-occurrence
 */
export function buildNetwork(verdicts: readonly Verdict[], thread: readonly StoredComment[], history: readonly StoredComment[]): Network {
  const nodes = verdicts
    .filter((v) => v.level !== 'none')
    .sort((a, b) => b.score - a.score || a.authorKey.localeCompare(b.authorKey))
    .slice(0, MAX_NODES)
    .map(({ authorKey, displayName, level, score }) => ({ authorKey, displayName, level, score }));
  const keys = new Set(nodes.map((n) => n.authorKey));
  return { nodes, edges: [...sameTextEdges(thread, keys), ...coOccurrenceEdges(history, keys)] };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function addTo(edges: Map<string, NetworkEdge>, type: EdgeType, a: string, b: string, commentIds: readonly string[]): void {
  const key = pairKey(a, b);
  const edge = edges.get(key) ?? { a: a < b ? a : b, b: a < b ? b : a, type, weight: 0, commentIds: [] };
  edge.weight++;
  for (const id of commentIds) if (edge.commentIds.length < MAX_EDGE_EVIDENCE && !edge.commentIds.includes(id)) edge.commentIds.push(id);
  edges.set(key, edge);
}

function sameTextEdges(thread: readonly StoredComment[], keys: ReadonlySet<string>): NetworkEdge[] {
  const edges = new Map<string, NetworkEdge>();
  for (const group of findCopyGroups(thread)) {
    const flagged = group.authors.filter((a) => keys.has(a));
    for (let i = 0; i < flagged.length; i++) {
      for (let j = i + 1; j < flagged.length; j++) {
        const [a, b] = [flagged[i]!, flagged[j]!];
        const cited = group.comments.filter((c) => c.authorKey === a || c.authorKey === b).map((c) => c.id);
        addTo(edges, 'sameText', a, b, cited);
      }
    }
  }
  return [...edges.values()];
}

function coOccurrenceEdges(history: readonly StoredComment[], keys: ReadonlySet<string>): NetworkEdge[] {
  // thread -> author -> one comment of theirs there (the evidence that they were there)
  const threads = new Map<string, Map<string, string>>();
  for (const c of history) {
    if (!keys.has(c.authorKey)) continue;
    const present = threads.get(c.threadUrl) ?? new Map<string, string>();
    if (!present.has(c.authorKey)) present.set(c.authorKey, c.id);
    threads.set(c.threadUrl, present);
  }
  const edges = new Map<string, NetworkEdge>();
  for (const present of threads.values()) {
    const authors = [...present.keys()].sort();
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        addTo(edges, 'coOccurrence', authors[i]!, authors[j]!, [present.get(authors[i]!)!, present.get(authors[j]!)!]);
      }
    }
  }
  return [...edges.values()].filter((e) => e.weight >= MIN_SHARED_THREADS);
}
