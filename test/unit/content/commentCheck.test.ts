// The content script's plain comment check must give the protocol schema's verdict on every
// comment: generated comments with every field valid, missing, present-but-undefined, too long,
// of the wrong type or an odd URL; and the fast URL shape must never accept what URL.canParse
// refuses (else a bad comment would reach the background, which drops it alone). Non-Latin-1
// URLs are checked against a full parse: Node 20's optimised URL.canParse (which valibot and the
// remembered check call) answers false for them once hot, which browsers never do.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../src/core/model.ts';
import { commentFault } from '../../../src/content/commentCheck.ts';
import { commentSchema } from '../../../src/messages/schemas.ts';

const parses = (u: string) => {
  try {
    return Boolean(new URL(u));
  } catch {
    return false;
  }
};
/** URL-like strings; `wide` adds non-Latin-1 ones. */
const urlishOf = (wide: boolean) => fc.oneof(
  fc.constantFrom('https://news.ycombinator.com/item?id=1', 'http://a.b/c d', 'https://1.2.3.999/x', 'https://xn--zz.com/', 'https://ex ample.com/', 'javascript:alert(1)',
    'https://a..b/', 'https://a.b:99999/', 'https://[::1]/', 'not a url', '', 'https://ok.example/path#frag', 'https://a.b/\\x', `https://a.com/${'x'.repeat(2100)}`),
  fc.tuple(fc.constantFrom('https://', 'http://', 'ftp://', 'https:', ''), fc.string({ unit: fc.constantFrom(...`ab1-.xn%:/?#[] \\@é${wide ? 'ж☃' : ''}`.split('')), maxLength: 20 })).map(([a, b]) => a + b),
);
const urlish = urlishOf(false);
/** Mostly real-looking URLs, some odd ones. */
const someUrl = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('https://news.ycombinator.com/item?id=1', 'https://vk.com/id1', 'https://www.youtube.com/watch?v=x#c') }, { weight: 1, arbitrary: urlish });
const textOf = (max: number) => fc.oneof({ weight: 8, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 1, arbitrary: fc.constant('y'.repeat(max)) }, { weight: 1, arbitrary: fc.constant('y'.repeat(max + 1)) });
const oddValue = fc.constantFrom(undefined, null, 42, -1, 1.5, Number.NaN, Infinity, '12', {}, [], true);
/** A field: valid, absent, or odd (each comment gets a few odd fields). */
const field = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 40, arbitrary: valid.map((x) => ({ x })) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: oddValue.map((x) => ({ x })) });

const comment = fc.record({
  id: field(textOf(300)), site: field(textOf(40)), authorKey: field(textOf(300)), displayName: field(textOf(300)), handle: field(textOf(300)),
  profileUrl: field(someUrl), avatarUrl: field(someUrl), text: field(textOf(20_000)), time: field(fc.oneof({ weight: 5, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.double() })), replyTo: field(textOf(300)),
  threadUrl: field(someUrl), url: field(someUrl), likes: field(fc.oneof({ weight: 5, arbitrary: fc.integer() }, { weight: 1, arbitrary: fc.double() })),
  account: field(fc.record({ joinedAt: field(fc.oneof({ weight: 5, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.double() })), numericId: field(fc.oneof(fc.stringMatching(/^\d{1,31}$/), fc.string())), description: field(textOf(2000)) }).map(present)),
}).map(present);

/** The record with absent fields left out and the rest unwrapped. */
function present(record: Record<string, { x: unknown } | null>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).flatMap(([k, f]) => (f === null ? [] : [[k, f.x]])));
}

describe('commentFault', () => {
  it('agrees with the protocol schema on every generated comment', () => {
    let valid = 0;
    fc.assert(fc.property(comment, (c) => {
      const schema = v.is(commentSchema, c);
      if (schema) valid++;
      expect(commentFault(c as unknown as Comment) === null, JSON.stringify(c).slice(0, 300)).toBe(schema);
    }), { numRuns: 3_000, seed: 20261126 });
    expect(valid).toBeGreaterThan(50); // the property saw accepted comments, not only refusals
  });

  it('names the field the schema refuses', () => {
    const good: Comment = { id: 'hackernews:1', site: 'hackernews', authorKey: 'hackernews:a', displayName: 'a', text: 'x', threadUrl: 'https://news.ycombinator.com/item?id=1', url: 'https://news.ycombinator.com/item?id=1' };
    expect(commentFault(good)).toBeNull();
    expect(commentFault({ ...good, threadUrl: 'not a url' })).toBe('threadUrl');
    expect(commentFault({ ...good, url: 'https://1.2.3.999/' })).toBe('url');
    expect(commentFault({ ...good, handle: undefined } as unknown as Comment)).toBe('handle');
  });

  it('never takes a URL for plain when URL.canParse refuses it', () => {
    fc.assert(fc.property(urlishOf(true), (u) => {
      const c: Comment = { id: 'a', site: 's', authorKey: 'k', displayName: 'd', text: 't', threadUrl: 'https://news.ycombinator.com/', url: u };
      expect(commentFault(c) === null, `${commentFault(c)} ${JSON.stringify(u)}`).toBe(u.length <= 2048 && parses(u));
    }), { numRuns: 5_000, seed: 7 });
  });
});
