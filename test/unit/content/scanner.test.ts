// @vitest-environment happy-dom
// Finding comments: the page once, then only subtrees the MutationObserver reports as added;
// every read root is marked, and a marked root is passed on again only when its author changed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import { hackernews } from '../../../src/content/adapters/hackernews.ts';
import { COMMENT_MARK, createReader } from '../../../src/content/reader.ts';
import { watchRoots } from '../../../src/content/scanner.ts';
import { cloneRow, HN_URL, loadFixtureInto } from './support.ts';

let controller: AbortController;
let seen: Comment[];
const flushObserver = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  loadFixtureInto(document);
  controller = new AbortController();
  seen = [];
  const read = vi.fn(createReader(hackernews, () => new URL(HN_URL), (comment) => seen.push(comment)));
  watchRoots(hackernews, document, controller.signal, read);
});
afterEach(() => controller.abort());

describe('watchRoots + createReader', () => {
  it('reads and marks every comment of the page once', () => {
    expect(seen).toHaveLength(147);
    expect(document.querySelectorAll(`[${COMMENT_MARK}]`)).toHaveLength(147);
    expect(document.getElementById('28385973')!.getAttribute(COMMENT_MARK)).toBe('hackernews:28385973');
  });

  it('reads an appended comment row, and only that one', async () => {
    const row = cloneRow(document, '28386477', '99000001', 'newcomer');
    document.getElementById('28386477')!.after(row);
    await flushObserver();
    expect(seen.slice(147).map((c) => [c.id, c.authorKey, c.replyTo])).toEqual([
      ['hackernews:99000001', 'hackernews:newcomer', 'hackernews:28385973'], // a sibling of 28386477 (indent 1)
    ]);
    expect(row.getAttribute(COMMENT_MARK)).toBe('hackernews:99000001');
  });

  it('finds rows nested inside an added subtree', async () => {
    const wrapper = document.createElement('tbody');
    wrapper.append(cloneRow(document, '28385973', '99000002', 'a'), cloneRow(document, '28386477', '99000003', 'b'));
    document.querySelector('table.comment-tree')!.append(wrapper);
    await flushObserver();
    expect(seen.slice(147).map((c) => c.id)).toEqual(['hackernews:99000002', 'hackernews:99000003']);
  });

  it('does not read a marked comment again when it is re-inserted with the same author', async () => {
    const row = document.getElementById('28386477')!;
    row.remove();
    document.getElementById('28385973')!.after(row);
    await flushObserver();
    expect(seen).toHaveLength(147);
  });

  it('reads a marked comment again when its author changed', async () => {
    const link = document.getElementById('28386477')!.querySelector('a.hnuser')!;
    const replacement = link.cloneNode() as Element;
    replacement.textContent = 'someone-else';
    link.replaceWith(replacement);
    await flushObserver();
    expect(seen.slice(147).map((c) => [c.id, c.authorKey])).toEqual([['hackernews:28386477', 'hackernews:someone-else']]);
  });

  it('stops watching once aborted', async () => {
    controller.abort();
    document.getElementById('28386477')!.after(cloneRow(document, '28386477', '99000004', 'late'));
    await flushObserver();
    expect(seen).toHaveLength(147);
  });
});
