// @vitest-environment happy-dom
// A mirror host is served by the adapter of the site it mirrors, and reads the same thread;
// user rules join the adapters first; unreadable storage means no rules, never a throw.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import { SITE_RULES_KEY } from '../../../src/core/siteRules.ts';
import { pickAdapter } from '../../../src/content/adapters/registry.ts';
import { claimPage, loadPageSetup, pageSetup } from '../../../src/content/mirrors.ts';
import { HN_USER_RULE } from './adapters/hnUserRule.ts';
import { HN_URL, parseFixture } from './support.ts';

const MIRROR_URL = 'https://hn-mirror.example.org/item?id=28385024';
const storage = (value: unknown) => ({ local: { get: vi.fn(async () => (value === undefined ? {} : { [SITE_RULES_KEY]: value })) } });
afterEach(() => vi.restoreAllMocks());

describe('content mirrors and user rules', () => {
  it('serves a mirror host with the Hacker News adapter, as the original thread', async () => {
    const setup = await loadPageSetup(storage({ version: 1, rules: [], mirrors: [{ mirror: 'hn-mirror.example.org', of: 'news.ycombinator.com' }] }));
    const doc = parseFixture();
    const here = setup.locate(MIRROR_URL);
    const adapter = pickAdapter(here, doc, setup.adapters)!;
    expect(adapter.id).toBe('hackernews');
    const comments = adapter.roots(doc).map((r) => adapter.read(r, here)).filter((c): c is Comment => c !== null);
    expect(comments).toHaveLength(147);
    expect(new Set(comments.map((c) => c.authorKey)).size).toBe(113);
    expect(comments[0]!.threadUrl).toBe(HN_URL);
  });

  it('without a mirror entry the mirror host has no adapter', async () => {
    const setup = await loadPageSetup(storage(undefined));
    expect(pickAdapter(setup.locate(MIRROR_URL), parseFixture(), setup.adapters)).toBeNull();
  });

  it('puts user rules after the built-in adapters, so one page never has two ids per author', () => {
    const setup = pageSetup({ version: 1, rules: [HN_USER_RULE], mirrors: [] });
    const doc = parseFixture();
    expect(pickAdapter(new URL(HN_URL), doc, setup.adapters)!.id).toBe('hackernews');
    // where no built-in adapter serves the page, the rule does
    expect(pickAdapter(new URL('https://news.ycombinator.com/threads?id=pg'), doc, setup.adapters)!.id).toBe('news.ycombinator.com');
  });

  it('ignores stored rules that do not validate, and storage that fails, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = await loadPageSetup(storage({ version: 1, rules: [{ ...HN_USER_RULE, pattern: '<all_urls>' }], mirrors: [] }));
    expect(bad.adapters.map((a) => a.id)).not.toContain('news.ycombinator.com');
    const failing = await loadPageSetup({ local: { get: () => Promise.reject(new Error('gone')) } });
    expect(failing.locate(HN_URL).href).toBe(HN_URL);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('claimPage', () => {
  it('lets only the first injection into a page start', () => {
    const world = {};
    expect(claimPage(world)).toBe(true);
    expect(claimPage(world)).toBe(false);
    expect(claimPage({})).toBe(true);
  });
});
