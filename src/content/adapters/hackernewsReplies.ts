// Hacker News shows threading only as an indent per row: a row answers the nearest earlier
// comment row with a smaller indent. Walking back from every row to find it cost the content-
// script bench more than reading the row itself (a late reply under a long subtree walks the
// whole subtree), so rows read one after another in one task share a stack of the rows still
// "open" at each depth, and the walk back is only the fallback (a task's first row, a row read
// out of order, a parent older than what the stack knows).

export interface ThreadShape {
  /** Whether an element with this id is a comment row that can be answered (a row with an id). */
  isRow(element: Element, id: string): boolean;
  /** A row's depth (0 = top level). */
  depthOf(row: Element): number;
}

interface Open {
  depth: number;
  id: string;
}

/**
 * `replyTo(row, row.id)`: the id of the row `row` answers, or undefined for a top-level row or
 * none (the caller passes the id it has read anyway: one DOM call less per row).
 */
export function replyFinder({ isRow, depthOf }: ThreadShape): (row: Element, id: string) => string | undefined {
  /** The last row read in this task, and the stack of open rows above it (depths strictly rising). */
  let last: Element | null = null;
  let open: Open[] = [];
  let forgetQueued = false;
  // The page may change between tasks (ours are the only code running within one): the stack
  // lives for one task, as the scanner reads each slice in one.
  const forget = () => {
    last = null;
    open = [];
    forgetQueued = false;
  };

  const walkBack = (row: Element, depth: number): Element | null => {
    for (let at = row.previousElementSibling; at; at = at.previousElementSibling) {
      if (isRow(at, at.id) && depthOf(at) < depth) return at;
    }
    return null;
  };
  /**
   * Every row still open above `row` (depths strictly rising, top level first), from one walk
   * back: the nearest earlier row with a smaller depth, the nearest before it with a smaller depth
   * again, and so on. With the whole chain the stack answers every later row of the task; with
   * only the parent, each shallower row after a long subtree walked the subtree back again.
   */
  const chainAbove = (row: Element, depth: number): Open[] => {
    const chain: Open[] = [];
    let below = depth;
    for (let at = row.previousElementSibling; at && below > 0; at = at.previousElementSibling) {
      if (!isRow(at, at.id)) continue;
      const atDepth = depthOf(at);
      if (atDepth < below) {
        chain.push({ depth: atDepth, id: at.id });
        below = atDepth;
      }
    }
    return chain.reverse();
  };
  /** Whether the row before `row`, among rows, is the last one read: then the stack is its own. */
  const followsLast = (row: Element): boolean => {
    for (let at = row.previousElementSibling; at; at = at.previousElementSibling) {
      if (at === last) return true;
      if (isRow(at, at.id)) return false;
    }
    return false;
  };

  return (row, id) => {
    const depth = depthOf(row);
    if (!isRow(row, id)) return depth === 0 ? undefined : walkBack(row, depth)?.id;
    if (last === null || !followsLast(row)) open = [];
    // The stack holds the true one, or its top when the page has no top-level row above (rows
    // above it missing): an answer it gives is the nearest smaller row; when it runs out, one walk
    // back rebuilds it whole.
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
    if (open.length === 0 && depth !== 0) open = chainAbove(row, depth);
    const parent = open[open.length - 1];
    open.push({ depth, id });
    last = row;
    if (!forgetQueued) {
      forgetQueued = true;
      queueMicrotask(forget);
    }
    return depth === 0 ? undefined : parent?.id; // top level answers nobody, as HN shows it
  };
}
