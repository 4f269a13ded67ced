// @vitest-environment happy-dom
// The VK desktop wall adapter on the real saved 2012 community wall (windows-1251; see
// test/fixtures/vk/PROVENANCE.md): exact counts, fields of real comments, threading.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { vkWall } from '../../../../src/content/adapters/vkWall.ts';
import { pickAdapter } from '../../../../src/content/adapters/registry.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const FILE = 'vk.com_habr_wall_2012-01-11_cp1251.html';
const location = new URL('https://vk.com/habr');
let comments: Comment[];
const byId = (id: string) => comments.find((c) => c.id === `vk:${id}`)!;

beforeAll(() => {
  comments = readAll(vkWall, parseSavedPage('vk', FILE, 'windows-1251'), location);
});

describe('vk desktop wall adapter on vk.com_habr_wall_2012-01-11_cp1251.html', () => {
  it('reads 23 comments by 16 authors', () => {
    expect(comments).toHaveLength(23);
    expect(distinctAuthors(comments)).toBe(16);
  });

  it('reads a comment field by field, Cyrillic intact', () => {
    expect(byId('-20629724_73824')).toMatchObject({
      site: 'vk',
      authorKey: 'vk:olololosha1488',
      displayName: 'Евгений Островский',
      handle: 'olololosha1488',
      profileUrl: 'https://vk.com/olololosha1488',
      avatarUrl: 'http://cs9809.vk.com/u5660307/e_0c84beef.jpg',
      text: 'И да, HTC Sync и KIES-фигня.\nMarat, в чем?:)',
      time: 1326310275000,
      threadUrl: 'https://vk.com/wall-20629724_73803',
      url: 'https://vk.com/wall-20629724_73803?reply=73824',
      replyTo: 'vk:-20629724_73823',
    });
  });

  it('keys /idN authors by their numeric id and gives each wall post its own thread', () => {
    const numeric = comments.filter((c) => /^vk:\d+$/.test(c.authorKey));
    expect(numeric.map((c) => c.account?.numericId).sort()).toEqual(['1233654', '138270002', '156852815', '156852815', '156852815', '156852815', '295499']);
    expect(new Set(comments.map((c) => c.threadUrl)).size).toBe(8); // 10 posts, 2 without comments
  });

  it('reads the like counts the page shows, and none where it shows none', () => {
    // 11 like counters on the page carry a number, but 10 of them belong to wall posts
    expect(comments.filter((c) => c.likes !== undefined).map((c) => [c.id, c.likes])).toEqual([['vk:-20629724_73733', 2]]);
  });

  it('is the adapter the content script picks on this page', () => {
    const doc = parseSavedPage('vk', FILE, 'windows-1251');
    expect(readAll(pickAdapter(location, doc)!, doc, location)).toHaveLength(23);
  });

  it('matches vk.com walls and posts, not other hosts', () => {
    expect(vkWall.matches(location, document)).toBe(true);
    expect(vkWall.matches(new URL('https://vk.com/wall-20629724_73803'), document)).toBe(true);
    expect(vkWall.threadUrl(new URL('https://vk.com/wall-20629724_73803?reply=73824'))).toBe('https://vk.com/wall-20629724_73803');
    expect(vkWall.matches(new URL('https://m.vk.com/habr'), document)).toBe(false);
    expect(vkWall.matches(new URL('https://vk.com.evil.example/habr'), document)).toBe(false);
  });
});
