// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.ycombinator.com/item?id=28385024" }
// The live count the options page shows must be what the rule's adapter will read: on the real
// Hacker News thread both say 147 comments by 113 authors; a broken selector says which one.
import { beforeEach, describe, expect, it } from 'vitest';
import { probeInPage } from '../../../../src/background/siteRules/probeInPage.ts';
import { loadFixtureInto } from '../../content/support.ts';

beforeEach(() => loadFixtureInto(document));

describe('probeInPage on hn_item_28385024_2021-09-02.html', () => {
  it('counts 147 comments by 113 authors', () => {
    expect(probeInPage({ comment: 'tr.athing.comtr', author: 'a.hnuser' })).toEqual({ comments: 147, authors: 113, invalid: null });
  });

  it('counts only comments with a named author', () => {
    expect(probeInPage({ comment: 'tr.athing', author: '.nobody' })).toEqual({ comments: 0, authors: 0, invalid: null });
  });

  it('says which selector does not parse', () => {
    expect(probeInPage({ comment: 'tr[', author: 'a' })).toEqual({ comments: 0, authors: 0, invalid: 'comment' });
    expect(probeInPage({ comment: 'tr.athing.comtr', author: 'a[' })).toEqual({ comments: 0, authors: 0, invalid: 'author' });
  });

  it('is self-contained: its source names no import (the browser serialises it)', () => {
    expect(probeInPage.toString()).not.toMatch(/__vite|import\(|require\(/);
  });
});
