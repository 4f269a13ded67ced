// @vitest-environment happy-dom
// The Spot.IM adapter on the real saved conversation iframe of 2018: counts from PROVENANCE.md,
// field-level checks, and times taken from the widget's own prerendered state.
import { describe, expect, it } from 'vitest';
import { spotim } from '../../../../src/content/adapters/spotim.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

/** The conversation address the page's own state names (`postUrl`). */
const URL_ = new URL('http://conversation-prerender.spot.im/conversation-prerender/v2/spot/sp_IjnMf2Jd/post/23418430');
const doc = parseSavedPage('spotim', 'spotim_conversation_saved2018.html');
const comments = readAll(spotim, doc, URL_);
const ROOT = 'spotim:sp_IjnMf2Jd_23418430_c_66RJSY';

describe('spotim adapter on spotim_conversation_saved2018.html', () => {
  it('matches conversation frames on spot.im only', () => {
    expect(spotim.matches(URL_, doc)).toBe(true);
    expect(spotim.matches(new URL('https://spoxy-shard2.spot.im/v2/spot/sp_IjnMf2Jd/post/23418430/?elementId=x'), doc)).toBe(true);
    expect(spotim.matches(new URL('https://www.spot.im/privacy'), doc)).toBe(false);
    expect(spotim.matches(new URL('https://spot.im.example/v2/spot/sp_IjnMf2Jd/post/23418430'), doc)).toBe(false);
  });

  it('reads 12 comments by 12 authors', () => {
    expect(comments).toHaveLength(12);
    expect(distinctAuthors(comments)).toBe(12);
  });

  it('reads a root message field by field, with its time from the page state', () => {
    const c = comments[0]!;
    expect(c).toMatchObject({
      id: ROOT,
      site: 'spotim',
      authorKey: 'spotim:name:Scal8585',
      displayName: 'Scal8585',
      text: 'No one force anyone to attend or accept the invitation. Trump is also free to rescind the invitation. The country have more important things to attend to.',
      time: 1524524120_000,
      likes: 318,
      threadUrl: URL_.href,
    });
    expect(c.replyTo).toBeUndefined();
  });

  it('chains replies by depth: first level to the root, deeper ones to the reply above', () => {
    const [root, first, second, third] = comments;
    expect(first!).toMatchObject({ displayName: 'mrjoeped', replyTo: root!.id, text: 'And you learned English Grammar in Leningrad?', likes: 67, time: 1524527748_000 });
    expect(second!.replyTo).toBe(first!.id);
    expect(third!.replyTo).toBe(second!.id);
    expect(comments.filter((c) => !c.replyTo)).toHaveLength(3);
  });

  it('reads messages without times when the page carries no state', () => {
    const bare = parseSavedPage('spotim', 'spotim_conversation_saved2018.html');
    for (const script of Array.from(bare.querySelectorAll('script'))) script.remove();
    const read = readAll(spotim, bare, URL_);
    expect(read).toHaveLength(12);
    expect(read.every((c) => c.time === undefined)).toBe(true);
  });

  it('names one thread whichever shard served it, anchors the badge at the name, skips a nameless message', () => {
    expect(spotim.threadUrl(new URL('https://spoxy-shard4.spot.im/v2/spot/sp_IjnMf2Jd/post/23418430/?x=1'))).toBe(URL_.href);
    const root = doc.querySelector('[data-message-id="sp_IjnMf2Jd_23418430_c_66RJSY"]')!;
    expect(spotim.roots(root)[0]).toBe(root);
    expect(spotim.badgeAnchor(root)!.textContent).toBe('Scal8585');
    const orphan = root.cloneNode(true) as Element;
    orphan.querySelector('[data-spot-im-class="message-username"]')!.remove();
    expect(spotim.read(orphan, URL_)).toBeNull();
  });
});
