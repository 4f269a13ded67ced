// @vitest-environment happy-dom
// The m.facebook.com adapter on the real saved pages (test/fixtures/facebook/PROVENANCE.md):
// exact comment and author counts per page, fields of real comments, and one author key for
// one person whether the page shows a plain name, a vanity link or a profile.php?id= link.
import { describe, expect, it } from 'vitest';
import { facebookMobile } from '../../../../src/content/adapters/facebookMobile.ts';
import { pickAdapter } from '../../../../src/content/adapters/registry.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const STORY = 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711';
const PAGES = [
  { file: 'm.facebook.com_story_3065154550235644_names-plain.html', url: STORY, comments: 108, authors: 101 },
  { file: 'm.facebook.com_story_3065154550235644_author-links_unpacked.html', url: `${STORY}&_rdr`, comments: 30, authors: 28 },
  { file: 'm.facebook.com_Nintendo_posts_4194934713924283_author-links_unpacked.html', url: 'https://m.facebook.com/Nintendo/posts/4194934713924283', comments: 30, authors: 28 },
  // PROVENANCE explains why this is 17/17 where the shared README's regex counted 16.
  { file: 'm.facebook.com_story_4188174317933656_author-links_unpacked.html', url: 'https://m.facebook.com/story.php?story_fbid=4188174317933656&id=119240841493711', comments: 17, authors: 17 },
  { file: 'm.facebook.com_groups_permalink_1629606003787605.html', url: 'https://m.facebook.com/groups/southamericansincomputing/permalink/1629606003787605/', comments: 1, authors: 1 },
];

const read = (file: string, url: string) => readAll(facebookMobile, parseSavedPage('facebook', file), new URL(url));

describe('facebook m. adapter on real saved pages', () => {
  it.each(PAGES)('$file → $comments comments by $authors authors', ({ file, url, comments, authors }) => {
    const found = read(file, url);
    expect(found).toHaveLength(comments);
    expect(distinctAuthors(found)).toBe(authors);
    // every author key is a numeric account id (from the avatar ring), never a name
    expect(found.every((c) => /^facebook:\d+$/.test(c.authorKey) && c.account?.numericId === c.authorKey.slice(9))).toBe(true);
  });

  it('reads nothing from a raw page whose comments are still packed in HTML comments', () => {
    expect(read('m.facebook.com_story_4188174317933656_author-links.html', PAGES[3]!.url)).toEqual([]);
  });

  it('reads a comment field by field (vanity link, reactions, CSS-escaped avatar)', () => {
    const c = read(PAGES[2]!.file, PAGES[2]!.url).find((x) => x.id === 'facebook:4195147880569633')!;
    expect(c).toMatchObject({
      site: 'facebook',
      authorKey: 'facebook:100000893738411',
      displayName: 'Steven Defoe',
      handle: 'steven.defoe.3',
      profileUrl: 'https://www.facebook.com/steven.defoe.3',
      threadUrl: 'https://www.facebook.com/4194934713924283',
      url: 'https://www.facebook.com/4194934713924283?comment_id=4195147880569633',
      likes: 3,
      account: { numericId: '100000893738411' },
    });
    expect(c.text.startsWith('Man I’m thirsty for Nintendo news right now')).toBe(true);
    expect(c.avatarUrl).toMatch(/^https:\/\/scontent\.fhlz2-1\.fna\.fbcdn\.net\/v\/t1\.6435-1\/.*_n\.jpg\?_nc_cat=110&ccb=1-3&/);
    expect(c.time).toBeUndefined(); // the page shows only "2 hrs"-style labels: no time is invented
  });

  it('keys one person the same on the plain-name page and the linked page of one post', () => {
    const plain = read(PAGES[0]!.file, PAGES[0]!.url).find((c) => c.id === 'facebook:3154024434681988')!;
    const linked = read(PAGES[1]!.file, PAGES[1]!.url).find((c) => c.id === 'facebook:3154024434681988')!;
    expect(plain).toMatchObject({ displayName: 'Yusof Elmahboub', authorKey: 'facebook:100004071004949' });
    expect(plain.handle).toBeUndefined();
    expect(linked).toMatchObject({ authorKey: 'facebook:100004071004949', handle: 'yusof.elmahboub', threadUrl: plain.threadUrl });
  });

  it('prefers the numeric id where a profile.php?id= link and the ring agree, and keeps the handle of vanity links', () => {
    const found = read(PAGES[3]!.file, PAGES[3]!.url);
    const david = found.find((c) => c.displayName === 'David Ochoa')!;
    expect(david).toMatchObject({ authorKey: 'facebook:100048807612315', profileUrl: 'https://www.facebook.com/profile.php?id=100048807612315' });
    expect(david.handle).toBeUndefined();
    expect(found.find((c) => c.displayName === 'Jake Adams')).toMatchObject({ authorKey: 'facebook:505585874', handle: 'jake.adams.144' });
  });

  it('reads a GIF-only comment whose name holder is also the body as an empty text', () => {
    const gif = read(PAGES[3]!.file, PAGES[3]!.url).find((c) => c.id === 'facebook:4191710894246665')!;
    expect(gif).toMatchObject({ displayName: 'Manuel Winder', authorKey: 'facebook:100002090928810', handle: 'WinderHylian', text: '' });
  });

  it('gives each of the four posts on the names-plain page its own thread', () => {
    const threads = new Set(read(PAGES[0]!.file, PAGES[0]!.url).map((c) => c.threadUrl));
    expect([...threads].sort()).toEqual(['3065154550235644', '4191173794300375', '4193752747375813', '4194934713924283'].map((id) => `https://www.facebook.com/${id}`));
  });

  it('reads the group comment whose data-commentid has no post prefix from the root token', () => {
    const [c] = read(PAGES[4]!.file, PAGES[4]!.url);
    expect(c).toMatchObject({ id: 'facebook:2198796916868508', displayName: 'Lucía Acurio', authorKey: 'facebook:100002508783253', threadUrl: 'https://www.facebook.com/1629606003787605' });
  });

  it('marks a reply nested inside its parent comment', () => {
    const doc = parseSavedPage('facebook', PAGES[1]!.file);
    const [parent, child] = facebookMobile.roots(doc);
    parent!.appendChild(child!); // what "show replies" does: the reply lands inside the parent
    const location = new URL(PAGES[1]!.url);
    expect(facebookMobile.read(child!, location)!.replyTo).toBe(`facebook:${parent!.id}`);
    expect(facebookMobile.read(parent!, location)).toMatchObject({ displayName: 'Yusof Elmahboub' });
    expect(facebookMobile.read(parent!, location)!.replyTo).toBeUndefined();
  });

  it('is the adapter the content script picks on these pages', () => {
    const doc = parseSavedPage('facebook', PAGES[0]!.file);
    const picked = pickAdapter(new URL(PAGES[0]!.url), doc)!;
    expect(readAll(picked, doc, new URL(PAGES[0]!.url))).toHaveLength(108);
  });

  it('matches m. story, post and group pages only', () => {
    for (const { url } of PAGES) expect(facebookMobile.matches(new URL(url), document)).toBe(true);
    expect(facebookMobile.matches(new URL('https://m.facebook.com/Nintendo'), document)).toBe(false);
    expect(facebookMobile.matches(new URL('https://m.facebook.com/home.php'), document)).toBe(false);
    expect(facebookMobile.matches(new URL('https://www.facebook.com/story.php?story_fbid=1'), document)).toBe(false);
    expect(facebookMobile.matches(new URL('https://m.facebook.com.evil.example/story.php'), document)).toBe(false);
  });
});
