// @vitest-environment happy-dom
// A rule a user would write for Hacker News, run on the real saved thread: it must read what
// the built-in adapter reads (147 comments by 113 authors), and a broken rule must read
// nothing with one warning instead of throwing into the page.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import type { SiteRule } from '../../../../src/core/siteRules.ts';
import { guardAdapter } from '../../../../src/content/adapters/siteAdapter.ts';
import { userRuleAdapter } from '../../../../src/content/adapters/userRule.ts';
import { HN_URL, parseFixture } from '../support.ts';
import { HN_USER_RULE } from './hnUserRule.ts';

const location = new URL(HN_URL);
let doc: Document;

beforeAll(() => {
  doc = parseFixture();
});
afterEach(() => vi.restoreAllMocks());

const readAll = (rule: SiteRule): Comment[] => {
  const adapter = guardAdapter(userRuleAdapter(rule));
  return adapter.roots(doc).map((root) => adapter.read(root, location)).filter((c): c is Comment => c !== null);
};

describe('userRuleAdapter on hn_item_28385024_2021-09-02.html', () => {
  it('reads 147 comments by 113 distinct authors', () => {
    const comments = readAll(HN_USER_RULE);
    expect(comments).toHaveLength(147);
    expect(new Set(comments.map((c) => c.authorKey)).size).toBe(113);
  });

  it('reads one comment field by field, keyed by the profile link', () => {
    const adapter = userRuleAdapter(HN_USER_RULE);
    const c = adapter.read(doc.getElementById('28385973')!, location)!;
    expect(c).toMatchObject({
      id: 'news.ycombinator.com:28385973',
      site: 'news.ycombinator.com',
      authorKey: 'news.ycombinator.com:bryananderson',
      displayName: 'bryananderson',
      profileUrl: 'https://news.ycombinator.com/user?id=bryananderson',
      threadUrl: HN_URL,
    });
    expect(c.text.startsWith('I recommend Schmidle’s recent book “Test Gods”')).toBe(true);
    const row = doc.getElementById('28385973')!;
    expect(adapter.badgeAnchor(row)).toBe(row.querySelector('a.hnuser'));
  });

  it('serves only pages under its pattern', () => {
    const adapter = userRuleAdapter(HN_USER_RULE);
    expect(adapter.matches(location, doc)).toBe(true);
    expect(adapter.matches(new URL('https://example.org/item?id=1'), doc)).toBe(false);
  });

  it('reads the time from a datetime or title attribute', () => {
    const c = userRuleAdapter({ ...HN_USER_RULE, selectors: { ...HN_USER_RULE.selectors, time: 'span.age[title]' } }).read(
      doc.getElementById('28385973')!,
      location,
    )!;
    expect(c.time).toBe(Date.parse('2021-09-01T21:52:28'));
  });

  it('gives a comment without an id a stable id from its content', () => {
    const row = doc.getElementById('28385973')!.cloneNode(true) as Element;
    row.removeAttribute('id');
    const adapter = userRuleAdapter(HN_USER_RULE);
    const a = adapter.read(row, location)!;
    expect(a.id).toMatch(/^news\.ycombinator\.com:[0-9a-z]+$/);
    expect(adapter.read(row.cloneNode(true) as Element, location)!.id).toBe(a.id);
  });

  it('a selector that throws yields no comments and one warning, however often it is called', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = guardAdapter(userRuleAdapter({ ...HN_USER_RULE, selectors: { ...HN_USER_RULE.selectors, comment: 'tr[', author: 'a[' } }));
    for (let i = 0; i < 20; i++) expect(broken.roots(doc)).toEqual([]);
    expect(broken.read(doc.getElementById('28385973')!, location)).toBeNull();
    expect(broken.badgeAnchor(doc.getElementById('28385973')!)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('https://news.ycombinator.com/*');
  });

  it('a rule whose selectors find nothing reads nothing', () => {
    expect(readAll({ ...HN_USER_RULE, selectors: { ...HN_USER_RULE.selectors, comment: '.no-such-comment' } })).toEqual([]);
    expect(readAll({ ...HN_USER_RULE, selectors: { ...HN_USER_RULE.selectors, author: '.nobody' } })).toEqual([]);
  });
});
