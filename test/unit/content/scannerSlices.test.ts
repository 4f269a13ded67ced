// @vitest-environment happy-dom
// A long thread is first read in slices, each its own task (no long task blocks the page), and
// all of it is read; aborting stops the rest. A short page is still read at once.
import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../../src/content/adapters/siteAdapter.ts';
import { SLICE, SLICE_MS, watchRoots } from '../../../src/content/scanner.ts';

function pageOf(n: number): { doc: Document; adapter: SiteAdapter } {
  const doc = document.implementation.createHTMLDocument('');
  for (let i = 0; i < n; i++) doc.body.append(Object.assign(doc.createElement('p'), { id: `c${i}` }));
  const adapter = { roots: (scope: ParentNode) => Array.from(scope.querySelectorAll('p')) } as unknown as SiteAdapter;
  return { doc, adapter };
}
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('first read of a page', () => {
  it('reads a short page at once', () => {
    const { doc, adapter } = pageOf(SLICE);
    const read: string[] = [];
    watchRoots(adapter, doc, new AbortController().signal, (root) => read.push(root.id));
    expect(read).toHaveLength(SLICE);
  });

  it('reads a long page one slice per task, in page order, all of it', async () => {
    const { doc, adapter } = pageOf(SLICE * 2 + 5);
    const read: string[] = [];
    const controller = new AbortController();
    watchRoots(adapter, doc, controller.signal, (root) => read.push(root.id));
    expect(read).toHaveLength(SLICE);
    await nextTask();
    expect(read).toHaveLength(SLICE * 2);
    await nextTask();
    expect(read).toHaveLength(SLICE * 2 + 5);
    expect(read.at(-1)).toBe(`c${SLICE * 2 + 4}`);
    controller.abort();
  });

  it('ends a slice early once reading it took SLICE_MS, and still reads everything in order', async () => {
    const { doc, adapter } = pageOf(SLICE + 40);
    const read: string[] = [];
    const perTask: number[] = [];
    const slow = (root: Element) => {
      const until = performance.now() + 1; // a slow machine: a millisecond per comment
      while (performance.now() < until);
      read.push(root.id);
    };
    watchRoots(adapter, doc, new AbortController().signal, slow);
    perTask.push(read.length);
    while (read.length < SLICE + 40 && perTask.length < 100) {
      await nextTask();
      perTask.push(read.length - perTask.reduce((a, b) => a + b, 0));
    }
    expect(perTask[0]).toBeLessThan(SLICE);
    expect(perTask[0]).toBeGreaterThanOrEqual(SLICE_MS); // at least the budget's worth at 1 ms each
    expect(read).toEqual(Array.from({ length: SLICE + 40 }, (_, i) => `c${i}`));
  });

  it('stops reading when the page goes away', async () => {
    const { doc, adapter } = pageOf(SLICE * 3);
    const read: string[] = [];
    const controller = new AbortController();
    watchRoots(adapter, doc, controller.signal, (root) => read.push(root.id));
    controller.abort();
    await nextTask();
    await nextTask();
    expect(read).toHaveLength(SLICE);
  });
});
