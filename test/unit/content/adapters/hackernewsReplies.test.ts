// @vitest-environment happy-dom
// Who a Hacker News row answers must not depend on how rows are read: the stack shared by rows
// read one after another in a task gives the nearest earlier row with a smaller indent, exactly
// as walking back from each row does (the reference below), in page order, out of order, one row
// per task, with rows added, removed and re-indented between tasks, deleted rows and odd indents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hackernews } from '../../../../src/content/adapters/hackernews.ts';
import { replyFinder, type ThreadShape } from '../../../../src/content/adapters/hackernewsReplies.ts';
import { HN_URL, parseFixture } from '../support.ts';

const shape: ThreadShape = {
  isRow: (element, id) => id !== '' && element.matches('tr.row'),
  depthOf: (row) => Number(row.getAttribute('data-depth')),
};

/** The walk back of commit e689bb0 (hackernews.ts parentRowId), given the same shape. */
function referenceParent(row: Element): string | undefined {
  const depth = shape.depthOf(row);
  if (depth === 0) return undefined;
  for (let at = row.previousElementSibling; at; at = at.previousElementSibling) {
    if (shape.isRow(at, at.id) && shape.depthOf(at) < depth) return at.id;
  }
  return undefined;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Row {
  depth: number;
  kind: 'row' | 'no-id' | 'other';
}
const rowArb = fc.record({ depth: fc.integer({ min: -1, max: 5 }), kind: fc.constantFrom<Row['kind']>('row', 'row', 'row', 'row', 'no-id', 'other') });

function build(tbody: HTMLElement, rows: readonly Row[], from: number): void {
  tbody.replaceChildren(
    ...rows.map((row, i) => {
      const tr = document.createElement('tr');
      if (row.kind !== 'other') tr.className = 'row';
      if (row.kind !== 'no-id') tr.id = `r${from + i}`;
      tr.setAttribute('data-depth', String(row.depth));
      return tr;
    }),
  );
}

describe('replyFinder', () => {
  it('answers as the walk back does, however the rows are read and the page changes between tasks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.record({ order: fc.constantFrom('page', 'reverse', 'shuffled', 'slices', 'rest', 'rest'), seed: fc.integer(), change: fc.array(rowArb, { maxLength: 6 }) }), { minLength: 1, maxLength: 3 }),
        async (rows, rounds) => {
          const find = replyFinder(shape);
          const tbody = document.createElement('tbody');
          document.body.replaceChildren(Object.assign(document.createElement('table'), {}));
          document.body.firstElementChild!.append(tbody);
          build(tbody, rows, 0);
          let lastRead: Element | undefined;
          for (const [n, { order, seed, change }] of rounds.entries()) {
            const all = Array.from(tbody.children);
            // 'rest': the rows after the one read last, as the scanner's next slice reads them.
            const rest = lastRead && all.includes(lastRead) ? all.slice(all.indexOf(lastRead) + 1) : all;
            const picked = order === 'reverse' ? [...all].reverse() : order === 'shuffled' ? all.map((el, i) => [el, (i * 7919 + seed) % 101] as const).sort((a, b) => a[1] - b[1]).map(([el]) => el) : order === 'rest' ? rest : all.slice(0, Math.max(1, all.length >> (seed & 1)));
            for (const [i, row] of picked.entries()) {
              lastRead = row;
              expect(find(row, row.id), `${order} row ${i}`).toBe(referenceParent(row));
              if (order === 'slices' && i % 5 === 4) await nextTask();
            }
            await nextTask();
            // The page changes between tasks: rows added in the middle, one removed, one re-indented.
            const middle = (seed >>> 3) % (all.length + 1);
            const added = document.createElement('tbody');
            build(added, change, 1000 * (n + 1));
            all[middle]?.before(...Array.from(added.children));
            all[0]?.remove();
            all[(seed >>> 5) % all.length]?.setAttribute('data-depth', String((seed & 3) - 1));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('hackernews reply-to on the saved thread', () => {
  it('is the same read in page order in one task, backwards, and one row per task', async () => {
    const location = new URL(HN_URL);
    const rows = hackernews.roots(parseFixture());
    const inOneTask = rows.map((row) => hackernews.read(row, location)?.replyTo);
    await nextTask();
    const backwards = [...rows].reverse().map((row) => hackernews.read(row, location)?.replyTo).reverse();
    await nextTask();
    const onePerTask: (string | undefined)[] = [];
    for (const row of rows) {
      onePerTask.push(hackernews.read(row, location)?.replyTo);
      await Promise.resolve(); // a microtask: the end of a task, as far as the stack knows
    }
    expect(backwards).toEqual(inOneTask);
    expect(onePerTask).toEqual(inOneTask);
    expect(inOneTask.filter(Boolean).length).toBeGreaterThan(100); // most of the thread are replies
  });
});
