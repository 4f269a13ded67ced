// @vitest-environment happy-dom
// The 4PDA adapter on the real windows-1251 news page of April 2018: counts from PROVENANCE.md
// and field-level checks, with reply-to taken from the nesting.
import { describe, expect, it } from 'vitest';
import { fourpda } from '../../../../src/content/adapters/fourpda.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const URL_ = new URL('https://4pda.ru/2018/04/23/350937/');
const doc = parseSavedPage('4pda', '4pda.ru_2018-04-23_350937_saved2018_cp1251.html', 'windows-1251');
const comments = readAll(fourpda, doc, URL_);
const byId = (id: string) => comments.find((c) => c.id === `4pda:${id}`)!;

describe('4pda adapter on 4pda.ru_2018-04-23_350937_saved2018_cp1251.html', () => {
  it('matches news articles on 4pda.ru and 4pda.to only', () => {
    expect(fourpda.matches(URL_, doc)).toBe(true);
    expect(fourpda.matches(new URL('https://4pda.to/2018/04/23/350937/#comment4750748'), doc)).toBe(true);
    expect(fourpda.matches(new URL('https://4pda.ru/forum/index.php?showuser=6755887'), doc)).toBe(false);
    expect(fourpda.matches(new URL('https://4pda.ru/2018/04/23/'), doc)).toBe(false);
    expect(fourpda.matches(new URL('https://4pda.example/2018/04/23/350937/'), doc)).toBe(false);
  });

  it('reads 16 comments by 12 authors', () => {
    expect(comments).toHaveLength(16);
    expect(distinctAuthors(comments)).toBe(12);
  });

  it('reads a reply field by field, keyed by the numeric author id', () => {
    expect(byId('4750748')).toMatchObject({
      site: '4pda',
      authorKey: '4pda:6755887',
      displayName: 'Slatvinsky',
      profileUrl: 'https://4pda.ru/forum/index.php?showuser=6755887',
      account: { numericId: '6755887' },
      text: 'pogartizm,\nЗачем ?',
      // "23.04.18 | 20:31" Moscow time
      time: Date.UTC(2018, 3, 23, 17, 31),
      likes: 1,
      threadUrl: 'https://4pda.to/2018/04/23/350937/',
      url: 'https://4pda.to/2018/04/23/350937/#comment4750748',
    });
    expect(byId('4750748').replyTo).toMatch(/^4pda:\d+$/);
  });

  it('rebuilds reply-to from nesting, and a parent keeps its own text', () => {
    const chain = comments.slice(0, 4);
    expect(chain.map((c) => c.authorKey)).toEqual(['4pda:5630022', '4pda:6755887', '4pda:5630022', '4pda:920032']);
    expect(chain[0]!.replyTo).toBeUndefined();
    expect(chain[1]!.replyTo).toBe(chain[0]!.id);
    expect(chain[2]!.replyTo).toBe(chain[1]!.id);
    expect(chain[3]!.replyTo).toBe(chain[2]!.id);
    expect(chain[0]!.text).not.toContain('Зачем');
    expect(comments.filter((c) => !c.replyTo)).toHaveLength(8); // the 8 `comment-list level-0` items
  });

  it('includes the scope itself when it is a root, anchors the badge at the nickname, skips a comment with no nickname', () => {
    const root = doc.querySelector('li[data-author-id="6755887"]')!;
    expect(fourpda.roots(root)[0]).toBe(root);
    expect(fourpda.badgeAnchor(root)).toBe(root.querySelector('a.nickname'));
    const orphan = root.cloneNode(true) as Element;
    orphan.querySelector('a.nickname')!.remove();
    expect(fourpda.read(orphan, URL_)).toBeNull();
  });
});
