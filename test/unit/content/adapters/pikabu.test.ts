// @vitest-environment happy-dom
// The Pikabu adapter on the real windows-1251 story page of April 2018: counts from PROVENANCE.md
// (the sidebar's "comment of the day" is not part of the thread) and field-level checks.
import { describe, expect, it } from 'vitest';
import { pikabu } from '../../../../src/content/adapters/pikabu.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const URL_ = new URL('https://pikabu.ru/story/beregite_prirodu_5865577');
const doc = parseSavedPage('pikabu', 'pikabu.ru_story_5865577_saved2018_cp1251.html', 'windows-1251');
const comments = readAll(pikabu, doc, URL_);
const byId = (id: string) => comments.find((c) => c.id === `pikabu:${id}`)!;

describe('pikabu adapter on pikabu.ru_story_5865577_saved2018_cp1251.html', () => {
  it('matches story pages only', () => {
    expect(pikabu.matches(URL_, doc)).toBe(true);
    expect(pikabu.matches(new URL('https://pikabu.ru/story/beregite_prirodu_5865577?cid=111899843'), doc)).toBe(true);
    expect(pikabu.matches(new URL('https://pikabu.ru/@Zozobob'), doc)).toBe(false);
    expect(pikabu.matches(new URL('https://pikabu.ru/top-comments'), doc)).toBe(false);
    expect(pikabu.matches(new URL('https://notpikabu.ru/story/x_5865577'), doc)).toBe(false);
  });

  it('reads 59 comments by 26 authors and leaves the sidebar comment of another story out', () => {
    expect(comments).toHaveLength(59);
    expect(distinctAuthors(comments)).toBe(26);
    expect(comments.some((c) => c.authorKey === 'pikabu:bez310')).toBe(false);
  });

  it('reads a top-level comment field by field, decoded from windows-1251', () => {
    expect(byId('111899843')).toMatchObject({
      site: 'pikabu',
      authorKey: 'pikabu:Zozobob',
      displayName: 'Zozobob',
      handle: 'Zozobob',
      profileUrl: 'https://pikabu.ru/@Zozobob',
      avatarUrl: 'https://pikabu.ru/story/pikabu_files/v1387133-77720595.jpg',
      time: Date.UTC(2018, 3, 24, 7, 45, 25),
      likes: 4,
      threadUrl: 'https://pikabu.ru/story/beregite_prirodu_5865577',
      url: 'https://pikabu.ru/story/beregite_prirodu_5865577?cid=111899843',
    });
    expect(byId('111899843').replyTo).toBeUndefined();
    expect(byId('111899843').text.startsWith('Фермеры жгут траву что бы как можно быстрее начать косить')).toBe(true);
  });

  it('reads a nested reply with its own author, parent and negative rating, not its children’s', () => {
    expect(byId('111901054')).toMatchObject({ authorKey: 'pikabu:3puTeLb24', replyTo: 'pikabu:111900856', likes: 3 });
    expect(byId('111901054').text.startsWith('Конкретные пиздюли и охуительный штраф')).toBe(true);
    expect(byId('111899471')).toMatchObject({ authorKey: 'pikabu:BannedComment', likes: -3 });
    // a parent that has replies still reads as its own author
    expect(byId('111900856').authorKey).toBe('pikabu:KoshkinaMama');
    expect(byId('111900856').text).not.toContain('Конкретные');
  });

  it('keeps one thread URL across the comment query and fragments', () => {
    expect(pikabu.threadUrl(new URL('https://pikabu.ru/story/beregite_prirodu_5865577?cid=1#comment_1'))).toBe('https://pikabu.ru/story/beregite_prirodu_5865577');
  });

  it('includes the scope itself when it is a root, anchors the badge at the user, skips a comment with no user', () => {
    const root = doc.getElementById('comment_111899843')!;
    expect(pikabu.roots(root)).toEqual([root]);
    expect(pikabu.badgeAnchor(root)).toBe(root.querySelector('.comment__user'));
    const orphan = root.cloneNode(true) as Element;
    orphan.querySelector('.comment__user')!.remove();
    expect(pikabu.read(orphan, URL_)).toBeNull();
  });
});
