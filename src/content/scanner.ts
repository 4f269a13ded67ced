// Finds comment roots: the whole document once, then only subtrees a MutationObserver reports
// as added (never a rescan of the page, which would cost O(page) on every infinite-scroll tick).
import type { SiteAdapter } from './adapters/siteAdapter.ts';
import { BADGE_MARK } from './badge/badge.ts';
import { COMMENT_MARK, type RootReader } from './reader.ts';

/**
 * Roots read in one task at most when the page is first read. A long thread is read in slices,
 * each its own task, so reading 5,000 comments never blocks the page for one long task (the
 * bench's long-task figure); a page of up to this many comments is read at once, as before.
 * Each slice is also one message (taskEnd.ts): reading and sending a slice share one task.
 */
export const SLICE = 300;
/**
 * On a longer page a slice also ends once reading it took this long: a slow machine (or a page
 * whose comments are long) reads fewer per task, and the message sent at the task's end stays
 * as small, so no task nears the 50 ms a long task is. Not less: every slice is a message, and
 * on the content-script bench (loaded machine, same-run A/B) 8 ms slices of at most 150 cost
 * Kuzet ~1,700 profile samples against ~1,270 for 16 ms slices of at most 300.
 */
export const SLICE_MS = 16;
/** Rows read between two looks at the clock. */
const CLOCK_EVERY = 16;

/** Reads `roots` a slice at a time, yielding to the page between slices, until done or aborted. */
function readInSlices(roots: readonly Element[], read: RootReader, signal: AbortSignal, from = 0): void {
  const started = performance.now();
  const end = Math.min(roots.length, from + SLICE);
  const timed = roots.length > SLICE;
  let i = from;
  while (i < end) {
    read(roots[i++]!);
    if (timed && (i - from) % CLOCK_EVERY === 0 && performance.now() - started > SLICE_MS) break;
  }
  if (i < roots.length) setTimeout(() => signal.aborted || readInSlices(roots, read, signal, i), 0);
}

export function watchRoots(adapter: SiteAdapter, doc: Document, signal: AbortSignal, read: RootReader): void {
  readInSlices(adapter.roots(doc), read, signal);

  const observer = new MutationObserver((records) => {
    try {
      const found = new Set<Element>();
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType !== 1) continue;
          const element = node as Element;
          if (element.hasAttribute(BADGE_MARK)) continue; // our own badge being inserted
          for (const root of adapter.roots(element)) found.add(root);
          // Something was added inside a comment we already read (e.g. the author link was
          // re-rendered): look at that comment again; the reader skips it if the author is the same.
          const owner = (record.target as Element).closest?.(`[${COMMENT_MARK}]`);
          if (owner) found.add(owner);
        }
      }
      for (const root of found) read(root);
    } catch (error) {
      console.warn('Kuzet: reading added comments failed', error);
    }
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
