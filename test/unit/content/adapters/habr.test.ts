// @vitest-environment happy-dom
// The Habr adapter on the two real 2018 pages (habrahabr.ru and geektimes.ru): exact counts from
// their PROVENANCE.md, and field-level checks of real comments.
import { describe, expect, it } from 'vitest';
import { habr } from '../../../../src/content/adapters/habr.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const HABR_URL = new URL('https://habrahabr.ru/post/354052/');
const GEEK_URL = new URL('https://geektimes.ru/post/300211/');
const habrDoc = parseSavedPage('habr', 'habrahabr.ru_post_354052_saved2018.html');
const geekDoc = parseSavedPage('habr', 'geektimes.ru_post_300211_saved2018.html');
const habrComments = readAll(habr, habrDoc, HABR_URL);
const geekComments = readAll(habr, geekDoc, GEEK_URL);

describe('habr adapter', () => {
  it('matches 2018 article pages only, not profiles, feeds or today’s habr.com', () => {
    expect(habr.matches(HABR_URL, habrDoc)).toBe(true);
    expect(habr.matches(GEEK_URL, geekDoc)).toBe(true);
    expect(habr.matches(new URL('https://habrahabr.ru/company/yandex/blog/354052/'), habrDoc)).toBe(true);
    expect(habr.matches(new URL('https://habrahabr.ru/users/gudvinr/'), habrDoc)).toBe(false);
    expect(habr.matches(new URL('https://habrahabr.ru/'), habrDoc)).toBe(false);
    expect(habr.matches(new URL('https://habr.com/ru/articles/354052/'), habrDoc)).toBe(false);
    expect(habr.matches(new URL('https://example.com/post/354052/'), habrDoc)).toBe(false);
  });

  it('reads 11 comments by 6 authors on habrahabr.ru and 11 by 10 on geektimes.ru', () => {
    expect(habrComments).toHaveLength(11);
    expect(distinctAuthors(habrComments)).toBe(6);
    expect(geekComments).toHaveLength(11);
    expect(distinctAuthors(geekComments)).toBe(10);
  });

  it('reads a top-level comment field by field', () => {
    const c = habrComments.find((x) => x.id === 'habr:10769140')!;
    expect(c).toMatchObject({
      site: 'habr',
      authorKey: 'habr:gudvinr',
      displayName: 'gudvinr',
      handle: 'gudvinr',
      profileUrl: 'https://habrahabr.ru/users/gudvinr/',
      // "22.04.18 в 23:19" Moscow time
      time: Date.UTC(2018, 3, 22, 20, 19),
      likes: 0,
      threadUrl: 'https://habrahabr.ru/post/354052/',
      url: 'https://habrahabr.ru/post/354052/#comment_10769140',
    });
    expect(c.replyTo).toBeUndefined();
    expect(c.text.split('\n')[0]).toBe('Стоит отметить, что certbot хоть и официальный, но непомерно раздутый и на лоукост корыте с 256МБ RAM может просто не запуститься, например.');
    expect(c.text.split('\n')).toHaveLength(2);
    // the saved page's avatar is a local copy; the browser resolves it against the page
    expect(c.avatarUrl).toBe('https://habrahabr.ru/post/354052/habrahabr_files/903374c320dd533137e48b7baa696985_small.png');
  });

  it('reads reply-to from the parent marker and the shown score as likes', () => {
    expect(habrComments.find((x) => x.id === 'habr:10769168')!.replyTo).toBe('habr:10769140');
    const mehos = geekComments.find((x) => x.id === 'habr:10743999')!;
    expect(mehos).toMatchObject({ authorKey: 'habr:mehos', likes: 5, time: Date.UTC(2018, 3, 23, 9, 47) });
    expect(geekComments.find((x) => x.id === 'habr:10744305')!.replyTo).toBe('habr:10743999');
    expect(geekComments.filter((x) => x.replyTo).map((x) => x.id)).toEqual(['habr:10743423', 'habr:10744263', 'habr:10744305']);
  });

  it('keeps one thread URL across query strings, fragments and www', () => {
    expect(habr.threadUrl(new URL('https://www.habrahabr.ru/post/354052/?utm=x#comment_1'))).toBe('https://habrahabr.ru/post/354052/');
    expect(habr.threadUrl(new URL('https://habrahabr.ru/company/x/blog/354052/'))).toBe('https://habrahabr.ru/post/354052/');
  });

  it('includes the scope itself when it is a root, anchors the badge at the author link, and skips a comment with no author', () => {
    const root = habrDoc.getElementById('comment_10769140')!;
    expect(habr.roots(root)).toEqual([root]);
    expect(habr.badgeAnchor(root)).toBe(root.querySelector('a.user-info'));
    const orphan = root.cloneNode(true) as Element;
    orphan.querySelector('a.user-info')!.remove();
    expect(habr.read(orphan, HABR_URL)).toBeNull();
  });
});
