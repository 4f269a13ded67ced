// @vitest-environment happy-dom
// Instagram adapter on the one real page there is: the 2025 home feed of
// ../shared/fixtures/instagram (SubstrateLabs/brocc, Business Source License 1.1), read in place
// and never copied into this repository. Its PROVENANCE.md counts 3 posts (<article>) and 16
// distinct linked accounts; counted its way (href="/NAME/", explore and reels left out) the 16 are
// in the whole page, 10 of them inside the posts (3 authors, 7 "liked by"), the other 6 in the
// page around them. None but the 3 authors may become an author. No real page shows a post's
// comment list.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instagram } from '../../../../src/content/adapters/instagram.ts';
import type { Comment } from '../../../../src/core/model.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/fixtures/instagram/instagram.com_home_feed_2025.html');
const HOME = new URL('https://www.instagram.com/');

function parse(): Document {
  const html = readFileSync(FIXTURE, 'utf8').replace(/<link\b[^>]*>/gi, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('instagram adapter', () => {
  const doc = parse();
  const comments = instagram.roots(doc).map((r) => instagram.read(r, HOME)).filter((c): c is Comment => c !== null);

  it('serves post and reel pages only', () => {
    expect(instagram.matches(new URL('https://www.instagram.com/p/DH_ux4pSlV0/'), doc)).toBe(true);
    expect(instagram.matches(new URL('https://www.instagram.com/reel/DH_ux4pSlV0/?igsh=x'), doc)).toBe(true);
    expect(instagram.matches(new URL('https://www.instagram.com/robertkarpay/p/DH_ux4pSlV0/'), doc)).toBe(true);
    expect(instagram.matches(HOME, doc)).toBe(false);
    expect(instagram.matches(new URL('https://www.instagram.com/robertkarpay/'), doc)).toBe(false);
    expect(instagram.matches(new URL('https://evil.example/p/DH_ux4pSlV0/'), doc)).toBe(false);
    expect(instagram.threadUrl(new URL('https://www.instagram.com/robertkarpay/p/DH_ux4pSlV0/?img_index=2'))).toBe('https://www.instagram.com/p/DH_ux4pSlV0/');
  });

  it('reads the real feed: 3 posts by 3 authors, as PROVENANCE.md counts', () => {
    expect(doc.querySelectorAll('article')).toHaveLength(3);
    expect(comments).toHaveLength(3);
    expect(comments.map((c) => c.authorKey)).toEqual(['instagram:robertkarpay', 'instagram:julianconnor_', 'instagram:slexaxton']);
  });

  it('reads each post field by field', () => {
    expect(comments[1]).toMatchObject({
      id: 'instagram:p:DH_9YhJTETDLS6PUkdeBuK3_hVuvSqnlpfGaxM0',
      site: 'instagram',
      displayName: 'julianconnor_',
      handle: 'julianconnor_',
      profileUrl: 'https://www.instagram.com/julianconnor_/',
      text: 'moments from everywhere this year thus far',
      time: Date.parse('2025-04-03T21:22:59.000Z'),
      threadUrl: 'https://www.instagram.com/p/DH_9YhJTETDLS6PUkdeBuK3_hVuvSqnlpfGaxM0/',
      url: 'https://www.instagram.com/p/DH_9YhJTETDLS6PUkdeBuK3_hVuvSqnlpfGaxM0/',
      likes: 130,
    });
    expect(comments[0]!.text.startsWith('I’ve got some performances coming up')).toBe(true);
    expect(comments[0]!.text).not.toMatch(/more$/);
    expect(comments[0]!.likes).toBe(48);
    expect(comments[0]!.avatarUrl).toMatch(/^https:\/\/instagram\.[\w.-]+\.fbcdn\.net\//);
    expect(comments[2]!.text).toBe('🐈‍⬛');
  });

  it('takes none of the 13 other linked accounts for an author', () => {
    const linked = (scope: string) => {
      const names = new Set<string>();
      for (const a of doc.querySelectorAll(`${scope} a[href]`)) {
        const m = /^\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '');
        if (m && !['explore', 'reels'].includes(m[1]!)) names.add(m[1]!);
      }
      return names;
    };
    expect(linked('html').size).toBe(16);
    expect(linked('article').size).toBe(10);
    expect(new Set(comments.map((c) => c.handle))).toEqual(new Set(['robertkarpay', 'julianconnor_', 'slexaxton']));
  });

  it('puts the badge beside the author name', () => {
    const anchor = instagram.badgeAnchor(doc.querySelector('article')!)!;
    expect(anchor.textContent?.trim()).toBe('robertkarpay');
  });
});

// Not a real page: a minimal DOM with only the structure the adapter's comment path relies on
// (a list item with a profile link, a text span and a <time> inside a comment permalink), so a
// change that breaks that path fails here until a real saved post page exists.
describe('instagram comment list (constructed structure, not a real page)', () => {
  const POST = new URL('https://www.instagram.com/p/ABC123/');
  function item(doc: Document, user: string, text: string, id: string): HTMLElement {
    const li = doc.createElement('li');
    const name = Object.assign(doc.createElement('a'), { textContent: user });
    name.setAttribute('href', `/${user}/`);
    const body = doc.createElement('span');
    body.setAttribute('dir', 'auto');
    body.textContent = text;
    const link = doc.createElement('a');
    link.setAttribute('href', `/p/ABC123/c/${id}/`);
    const time = doc.createElement('time');
    time.setAttribute('datetime', '2025-04-03T20:00:00.000Z');
    link.append(time);
    li.append(name, body, link);
    return li;
  }

  it('reads each comment with its own id, author, text and time, under the post thread', () => {
    const doc = document.implementation.createHTMLDocument('');
    const article = doc.createElement('article');
    const list = doc.createElement('ul');
    list.append(item(doc, 'first.user', 'Жалған ақпарат', '17900000000000001'), item(doc, 'second_user', '<b>hi</b>', '17900000000000002'));
    // a carousel list: items without a comment permalink are not comments
    const carousel = doc.createElement('ul');
    carousel.append(doc.createElement('li'));
    article.append(list, carousel);
    doc.body.append(article);
    const read = instagram.roots(doc).filter((r) => r.tagName === 'LI').map((r) => instagram.read(r, POST));
    expect(read).toHaveLength(2);
    expect(read[0]).toMatchObject({
      id: 'instagram:c:17900000000000001',
      authorKey: 'instagram:first.user',
      text: 'Жалған ақпарат',
      time: Date.parse('2025-04-03T20:00:00.000Z'),
      threadUrl: 'https://www.instagram.com/p/ABC123/',
      url: 'https://www.instagram.com/p/ABC123/c/17900000000000001/',
    });
    expect(read[1]!.text).toBe('<b>hi</b>');
  });
});
