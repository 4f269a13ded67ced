// Finds comment roots: the whole document once, then only subtrees a MutationObserver reports
// as added (never a rescan of the page, which would cost O(page) on every infinite-scroll tick).
import type { SiteAdapter } from './adapters/siteAdapter.ts';
import { BADGE_MARK } from './badge/badge.ts';
import { COMMENT_MARK, type RootReader } from './reader.ts';

/**
 * Roots read in one task when the page is first read. A long thread is read in slices of this
 * many, each its own task, so reading 5,000 comments never blocks the page for one long task
 * (the bench's long-task figure); a page of up to this many comments is read at once, as before.
 * Each slice is also one message (taskEnd.ts): reading and sending a slice share one task.
 */
export const SLICE = 150;

/** Reads `roots` SLICE at a time, yielding to the page between slices, until done or aborted. */
function readInSlices(roots: readonly Element[], read: RootReader, signal: AbortSignal, from = 0): void {
  const end = Math.min(roots.length, from + SLICE);
  for (let i = from; i < end; i++) read(roots[i]!);
  if (end < roots.length) setTimeout(() => signal.aborted || readInSlices(roots, read, signal, end), 0);
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
