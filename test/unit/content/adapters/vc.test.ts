// @vitest-environment happy-dom
// The vc.ru adapter on the real saved article of April 2018: counts from PROVENANCE.md and
// field-level checks, including that nested replies never lend their fields to the parent.
import { describe, expect, it } from 'vitest';
import { vc } from '../../../../src/content/adapters/vc.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const URL_ = new URL('https://vc.ru/36920-vlasti-finlyandii-reshili-ne-prodlevat-eksperiment-s-vyplatoy-bazovogo-dohoda');
const doc = parseSavedPage('vc', 'vc.ru_saved2018.html');
const comments = readAll(vc, doc, URL_);
const byId = (id: string) => comments.find((c) => c.id === `vc:${id}`)!;

describe('vc adapter on vc.ru_saved2018.html', () => {
  it('matches article pages only', () => {
    expect(vc.matches(URL_, doc)).toBe(true);
    expect(vc.matches(new URL('https://vc.ru/money/36920-slug'), doc)).toBe(true);
    expect(vc.matches(new URL('https://vc.ru/36920'), doc)).toBe(true);
    expect(vc.matches(new URL('https://vc.ru/'), doc)).toBe(false);
    expect(vc.matches(new URL('https://vc.ru/users/128645'), doc)).toBe(false);
    expect(vc.matches(new URL('https://vc.ru/u/128645-la-chambre'), doc)).toBe(false);
    expect(vc.matches(new URL('https://vc.ru/money'), doc)).toBe(false);
    expect(vc.matches(new URL('https://notvc.ru/36920-slug'), doc)).toBe(false);
  });

  it('reads 75 comments by 25 authors', () => {
    expect(comments).toHaveLength(75);
    expect(distinctAuthors(comments)).toBe(25);
  });

  it('reads a reply field by field, keyed by the numeric user id', () => {
    expect(byId('696917')).toMatchObject({
      site: 'vc',
      authorKey: 'vc:128645',
      displayName: 'La Chambre Chinoise',
      profileUrl: 'https://vc.ru/users/128645',
      avatarUrl: 'https://vc.ru/vc_files/a_026.jpeg',
      account: { numericId: '128645' },
      time: 1524567944000,
      likes: 2,
      replyTo: 'vc:696745',
      threadUrl: 'https://vc.ru/36920',
      url: 'https://vc.ru/36920#comment-696917',
    });
    expect(byId('696917').text.startsWith('Не взлетит и современные опыты (Швейцария, теперь Финляндия)')).toBe(true);
  });

  it('reads a top-level comment with replies as its own, not its children’s', () => {
    const top = byId('696745');
    expect(top).toMatchObject({ displayName: 'Денис Демидов', likes: 17, time: 1524562159000 });
    expect(top.replyTo).toBeUndefined();
    expect(top.text).not.toContain('Не взлетит');
    expect(comments.filter((c) => c.replyTo)).toHaveLength(67);
  });

  it('keeps one thread URL for the slugged, sectioned and bare article addresses', () => {
    expect(vc.threadUrl(new URL('https://vc.ru/money/36920-other-slug?comment=1#comment-1'))).toBe('https://vc.ru/36920');
    expect(vc.threadUrl(URL_)).toBe('https://vc.ru/36920');
  });

  it('includes the scope itself when it is a root, anchors the badge at the user, skips a comment with no user', () => {
    const root = doc.querySelector('div.comments__item[data-id="696917"]')!;
    expect(vc.roots(root).slice(0, 1)).toEqual([root]);
    expect(vc.badgeAnchor(root)).toBe(root.querySelector('a.comments__item__user'));
    const orphan = root.cloneNode(true) as Element;
    orphan.querySelector('.comments__item__self > a.comments__item__user')!.remove();
    expect(vc.read(orphan, URL_)).toBeNull();
  });
});
