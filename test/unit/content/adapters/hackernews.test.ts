// @vitest-environment happy-dom
// The HN adapter against the real saved thread: counts from PROVENANCE.md and field-level
// checks of real comments, so a selector that drifts fails here before it fails a reader.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { hackernews } from '../../../../src/content/adapters/hackernews.ts';
import { HN_URL, parseFixture } from '../support.ts';

const location = new URL(HN_URL);
let doc: Document;
let comments: Comment[];
const byId = (id: string) => comments.find((c) => c.id === `hackernews:${id}`)!;

beforeAll(() => {
  doc = parseFixture();
  comments = hackernews.roots(doc).map((root) => hackernews.read(root, location)).filter((c): c is Comment => c !== null);
});

describe('hackernews adapter on hn_item_28385024_2021-09-02.html', () => {
  it('matches item pages only', () => {
    expect(hackernews.matches(location, doc)).toBe(true);
    expect(hackernews.matches(new URL('https://news.ycombinator.com/news'), doc)).toBe(false);
    expect(hackernews.matches(new URL('https://news.ycombinator.com/item?id=abc'), doc)).toBe(false);
    expect(hackernews.matches(new URL('https://example.com/item?id=1'), doc)).toBe(false);
  });

  it('reads 147 comments by 113 distinct authors', () => {
    expect(comments).toHaveLength(147);
    expect(new Set(comments.map((c) => c.authorKey)).size).toBe(113);
  });

  it('reads a top-level comment field by field', () => {
    const c = byId('28385973');
    expect(c).toMatchObject({
      site: 'hackernews',
      authorKey: 'hackernews:bryananderson',
      displayName: 'bryananderson',
      handle: 'bryananderson',
      profileUrl: 'https://news.ycombinator.com/user?id=bryananderson',
      time: Date.UTC(2021, 8, 1, 21, 52, 28),
      threadUrl: HN_URL,
      url: 'https://news.ycombinator.com/item?id=28385973',
    });
    expect(c.replyTo).toBeUndefined();
    expect(c.text.startsWith('I recommend Schmidle’s recent book “Test Gods”')).toBe(true);
    // two paragraphs in the page, two lines here; the reply link is not part of the text
    expect(c.text.split('\n')).toHaveLength(2);
    expect(c.text.split('\n')[1]!.startsWith('For many reasons')).toBe(true);
    expect(c.text).not.toMatch(/\breply$/);
  });

  it('rebuilds reply-to from the indent, skipping back over deeper siblings', () => {
    expect(byId('28386477').replyTo).toBe('hackernews:28385973'); // indent 1 under indent 0
    expect(byId('28387120').replyTo).toBe('hackernews:28386807'); // indent 3 under indent 2
    // mmaunder (indent 1) follows a chain of indents 1..3: it answers the top comment, not walrus01
    expect(byId('28387399')).toMatchObject({ authorKey: 'hackernews:mmaunder', replyTo: 'hackernews:28385973' });
    expect(byId('28387120').text).toBe(
      'trivia tidbit: the "nadsat" language invented for a clockwork orange incorporates russian. the intention was for "horrorshow" to be an english version of хорошо / khorosho, translated as good or OK.',
    );
  });

  it('keeps other query parameters in the thread URL, but not paging or the fragment', () => {
    expect(hackernews.threadUrl(new URL(`${HN_URL}&kuzet-demo=brigade#28385973`))).toBe(`${HN_URL}&kuzet-demo=brigade`);
    expect(hackernews.threadUrl(new URL(`${HN_URL}&p=2`))).toBe(HN_URL);
    expect(hackernews.read(doc.getElementById('28385973')!, new URL(`${HN_URL}&kuzet-demo=brigade`))!.threadUrl).toBe(`${HN_URL}&kuzet-demo=brigade`);
  });

  it('includes the scope itself when it is a root, and anchors the badge at the author link', () => {
    const row = doc.getElementById('28386477')!;
    expect(hackernews.roots(row)).toEqual([row]);
    expect(hackernews.badgeAnchor(row)).toBe(row.querySelector('a.hnuser'));
  });

  it('yields null for a deleted comment with no author', () => {
    const row = doc.getElementById('28386477')!.cloneNode(true) as Element;
    row.querySelector('a.hnuser')!.remove();
    row.querySelector('.commtext')!.textContent = '[deleted]';
    expect(hackernews.read(row, location)).toBeNull();
  });

  it('reads a time with the unix seconds newer HN appends to the title', () => {
    const row = doc.getElementById('28386477')!.cloneNode(true) as Element;
    row.querySelector('span.age')!.setAttribute('title', '2021-09-01T22:47:20 1630536440');
    expect(hackernews.read(row, location)!.time).toBe(Date.UTC(2021, 8, 1, 22, 47, 20));
  });
});
