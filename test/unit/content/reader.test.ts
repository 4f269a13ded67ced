// @vitest-environment happy-dom
// The reader only passes on comments the background's schema accepts: an overlong text is cut
// to the limit, a comment with an impossible field is skipped (with a warning), not sent.
import { describe, expect, it, vi } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import type { SiteAdapter } from '../../../src/content/adapters/siteAdapter.ts';
import { COMMENT_MARK, createReader } from '../../../src/content/reader.ts';

const base: Comment = { id: 'test:1', site: 'test', authorKey: 'test:a', displayName: 'a', text: 'x', threadUrl: 'https://example.com/t' };
const adapterReading = (comment: Comment): SiteAdapter => ({
  id: 'test', matches: () => true, roots: () => [], read: () => comment, badgeAnchor: () => null, threadUrl: () => comment.threadUrl,
});

describe('createReader', () => {
  it('cuts an overlong text to the protocol limit', () => {
    const seen: Comment[] = [];
    createReader(adapterReading({ ...base, text: 'y'.repeat(25_000) }), () => new URL(base.threadUrl), (c) => seen.push(c))(document.createElement('div'));
    expect(seen[0]!.text).toHaveLength(20_000);
  });

  it('skips, unmarked, a comment the background would refuse', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = document.createElement('div');
    const seen = vi.fn();
    createReader(adapterReading({ ...base, threadUrl: 'not a url' }), () => new URL(base.threadUrl), seen)(root);
    expect(seen).not.toHaveBeenCalled();
    expect(root.hasAttribute(COMMENT_MARK)).toBe(false);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^Kuzet: skipped comment test:1/);
    warn.mockRestore();
  });
});
