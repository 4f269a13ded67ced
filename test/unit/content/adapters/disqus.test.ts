// @vitest-environment happy-dom
// The Disqus adapter on the real saved Russian embed of April 2018: counts from PROVENANCE.md,
// field-level checks, and the iframe address the page itself recorded when it was saved.
import { describe, expect, it } from 'vitest';
import { disqus } from '../../../../src/content/adapters/disqus.ts';
import { distinctAuthors, parseSavedPage, readAll, savedPageText } from './savedPage.ts';

const FILE = 'disqus_embed_mobile-review_saved2018.html';
/** Saved pages keep their address in `<!-- base href="…" -->`; entities decoded as the browser did. */
const SAVED_AT = /<!-- base href="([^"]+)"/.exec(savedPageText('disqus', FILE))![1]!.replace(/&amp;/g, '&');
const URL_ = new URL(SAVED_AT);
const ARTICLE = 'http://android.mobile-review.com/articles/54479/';
const doc = parseSavedPage('disqus', FILE);
const comments = readAll(disqus, doc, URL_);
const byId = (id: string) => comments.find((c) => c.id === `disqus:${id}`)!;

describe('disqus adapter on disqus_embed_mobile-review_saved2018.html', () => {
  it('matches the comments embed only', () => {
    expect(URL_.pathname).toBe('/embed/comments/');
    expect(disqus.matches(URL_, doc)).toBe(true);
    expect(disqus.matches(new URL('https://disqus.com/by/zamablack/'), doc)).toBe(false);
    expect(disqus.matches(new URL('https://disqus.com/home/discussion/androidmr/x/'), doc)).toBe(false);
    expect(disqus.matches(new URL('https://disqus.com.example/embed/comments/'), doc)).toBe(false);
  });

  it('reads 50 comments by 32 authors', () => {
    expect(comments).toHaveLength(50);
    expect(distinctAuthors(comments)).toBe(32);
  });

  it('reads a comment field by field, keyed by the numeric user id', () => {
    const c = byId('3867775507');
    expect(c).toMatchObject({
      site: 'disqus',
      authorKey: 'disqus:52674590',
      displayName: 'Zama Black',
      handle: 'zamablack',
      profileUrl: 'https://disqus.com/by/zamablack/',
      account: { numericId: '52674590' },
      // "понедельник, 23 апреля 2018 г., 12:27" in the zone of the browser showing it
      time: new Date(2018, 3, 23, 12, 27).getTime(),
      likes: 1,
      threadUrl: ARTICLE,
      url: `${ARTICLE}#comment-3867775507`,
    });
    expect(c.text.startsWith('А мне вот интересно... ARM компания британская')).toBe(true);
    expect(c.avatarUrl).toMatch(/^https:\/\/disqus\.com\/embed\/comments\/disqus_files\/noavatar92/);
  });

  it('rebuilds reply-to from nesting, and a parent keeps its own text and likes', () => {
    const replies = comments.filter((c) => c.replyTo);
    expect(replies).toHaveLength(35);
    for (const reply of replies) expect(comments.some((c) => c.id === reply.replyTo)).toBe(true);
    const parent = byId(replies[0]!.replyTo!.slice('disqus:'.length));
    expect(parent.text).not.toBe(replies[0]!.text);
  });

  it('names the thread by the article, or by forum and thread id when the embed has no article URL', () => {
    expect(disqus.threadUrl(URL_)).toBe(ARTICLE);
    expect(disqus.threadUrl(new URL('https://disqus.com/embed/comments/?base=default&f=androidmr&t_i=54479&s_o=default'))).toBe(
      'https://disqus.com/embed/comments/?f=androidmr&t_i=54479',
    );
  });

  it('keys a guest by name, anchors the badge at the author, skips a post with no author', () => {
    const root = doc.getElementById('post-3867775507')!;
    expect(disqus.roots(root)[0]).toBe(root);
    expect(disqus.badgeAnchor(root)).toBe(root.querySelector('.post-byline .author'));
    const guest = root.cloneNode(true) as Element;
    const author = guest.querySelector('.post-byline .author')!;
    author.replaceChildren('Гость Иван');
    guest.querySelector('img[data-user]')!.removeAttribute('data-user');
    expect(disqus.read(guest, URL_)).toMatchObject({ authorKey: 'disqus:name:Гость Иван', displayName: 'Гость Иван' });
    author.remove();
    expect(disqus.read(guest, URL_)).toBeNull();
  });
});
