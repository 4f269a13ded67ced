// @vitest-environment happy-dom
// A packed `comments/batch` must reach the background as exactly the comments the tab read:
// every comment of the real saved HN thread, and generated comments with links that the
// templates rebuild, links they would rebuild differently, no links at all, odd handles (lone
// surrogate halves), other sites and other threads. And packing must be worth it: the HN batch
// travels in far fewer bytes. A forged packing is held to the same comment checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import { hackernews } from '../../../src/content/adapters/hackernews.ts';
import { parseEnvelope } from '../../../src/messages.ts';
import { linkFrom, packComments } from '../../../src/messages/commentsPacking.ts';
import { readAll } from '../content/adapters/savedPage.ts';
import { HN_URL, parseFixture } from '../content/support.ts';

/** What the background's router makes of a packed batch after it crossed the wire as JSON. */
const received = (batch: unknown) => {
  const parsed = parseEnvelope(JSON.parse(JSON.stringify({ kuzet: 1, type: 'comments/batch', payload: batch })));
  return parsed?.type === 'comments/batch' ? parsed.payload.comments : null;
};

const HN_THREAD = 'https://news.ycombinator.com/item?id=28385024';
const hnShared = { site: 'hackernews', threadUrl: HN_THREAD, links: hackernews.links };

describe('packed comments/batch', () => {
  const thread = readAll(hackernews, parseFixture(), new URL(HN_URL));

  it('gives the background every comment of the saved HN thread unchanged, in a third fewer bytes', () => {
    expect(thread).toHaveLength(147);
    const packed = packComments(thread, hnShared);
    expect(received(packed)).toEqual(thread);
    // Every HN comment's permalink, profile link, site and thread URL were left for the background to rebuild.
    expect(packed.comments.every((c) => !('url' in c) && !('profileUrl' in c) && !('site' in c) && !('threadUrl' in c))).toBe(true);
    const whole = JSON.stringify({ comments: thread }).length;
    expect(JSON.stringify(packed).length).toBeLessThan(whole * 0.75);
  });

  it('still takes a batch of whole comments (the form before packing)', () => {
    expect(received({ comments: thread })).toEqual(thread);
  });

  const id = fc.stringMatching(/^[0-9a-z]{1,8}$/);
  const handle = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a b', 'ж', '\uD800x', 'x\uDC00', '%41', '{}', '$&'));
  const generated = fc.record({
    site: fc.constantFrom('hackernews', 'reddit'),
    local: id,
    handle: fc.option(handle, { nil: undefined }),
    // the link the template gives, another link, or none
    url: fc.constantFrom('template', 'other', 'none'),
    profileUrl: fc.constantFrom('template', 'other', 'none'),
    threadUrl: fc.constantFrom(HN_THREAD, 'https://news.ycombinator.com/item?id=1'),
    text: fc.string({ maxLength: 30 }),
    // every other field of the model, present or not
    rest: fc.record({
      avatarUrl: fc.constant('https://example.org/a.png'),
      time: fc.nat(),
      replyTo: id.map((r) => `hackernews:${r}`),
      likes: fc.integer(),
      account: fc.record({ joinedAt: fc.nat(), numericId: fc.stringMatching(/^\d{1,5}$/), description: fc.string({ maxLength: 10 }) }, { requiredKeys: [] }),
    }, { requiredKeys: [] }),
  }).map((g): Comment => {
    const comment: Comment = { id: `${g.site}:${g.local}`, site: g.site, authorKey: `${g.site}:a`, displayName: 'a', text: g.text, threadUrl: g.threadUrl, ...g.rest };
    if (g.handle !== undefined) comment.handle = g.handle;
    const link = (how: string, template: string | undefined, part: string | undefined) =>
      how === 'template' ? linkFrom(template, part) : how === 'other' ? 'https://example.org/elsewhere' : null;
    const url = link(g.url, hackernews.links?.comment, g.local);
    const profile = link(g.profileUrl, hackernews.links?.profile, g.handle);
    if (url !== null) comment.url = url;
    if (profile !== null) comment.profileUrl = profile;
    return comment;
  });

  it('gives back exactly the comments packed, whatever links they had', () => {
    fc.assert(fc.property(fc.array(generated, { minLength: 1, maxLength: 8 }), (comments) => {
      expect(received(packComments(comments, hnShared))).toEqual(comments);
    }), { numRuns: 500 });
  }, 60_000);

  it('holds a forged packing to the same checks as whole comments', () => {
    const one = { id: 'hackernews:1', authorKey: 'hackernews:a', displayName: 'a', handle: 'a', text: 'x' };
    // a template without its slot, or with two, is refused with the batch
    expect(received({ ...hnShared, links: { comment: 'https://news.ycombinator.com/item' }, comments: [one] })).toBeNull();
    expect(received({ ...hnShared, links: { comment: 'https://x/{}{}' }, comments: [one] })).toBeNull();
    // a template that makes a link the URL check refuses drops that comment, as a bad whole comment would be
    expect(received({ ...hnShared, links: { comment: 'not a url {}' }, comments: [one, { ...one, id: 'hackernews:2', url: 'https://news.ycombinator.com/item?id=2' }] })?.map((c) => c.id)).toEqual(['hackernews:2']);
    // no site and no thread URL anywhere: nothing to accept
    expect(received({ comments: [one] })).toBeNull();
  });
});
