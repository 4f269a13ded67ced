// The avatar index: photos are hashed in the background after a batch, and two accounts showing
// the same photo under different image URLs get the avatarReuse reason; a photo that cannot be
// read is marked and not fetched again.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { openDb } from '../../../../src/background/db.ts';
import { createRouter } from '../../../../src/background/router.ts';
import { HASH_SIZE } from '../../../../src/core/indexes/perceptualHash.ts';
import { HN_THREAD as THREAD, hnComment } from '../hnComment.ts';

const self = { extensionId: 'kuzet-id', extensionOrigin: 'chrome-extension://kuzet-id/', hostPatterns: ['https://news.ycombinator.com/*'] };
const pixels = (shade: (x: number, y: number) => number) => {
  const out = new Uint8ClampedArray(HASH_SIZE * HASH_SIZE * 4);
  for (let y = 0; y < HASH_SIZE; y++) for (let x = 0; x < HASH_SIZE; x++) out.set([shade(x, y), shade(x, y), shade(x, y), 255], (y * HASH_SIZE + x) * 4);
  return out;
};
const PHOTOS: Record<string, Uint8ClampedArray> = {
  'https://cdn.example/a.jpg': pixels((x, y) => 128 + 90 * Math.sin(x / 4) * Math.cos(y / 6)),
  'https://cdn.example/a-copy.jpg': pixels((x, y) => 129 + 90 * Math.sin(x / 4) * Math.cos(y / 6)),
  'https://cdn.example/other.jpg': pixels((x, y) => 128 + 90 * Math.cos((x + y) / 3)),
};

describe('avatar index', () => {
  it('hashes photos after the batch and finds the same photo on two accounts', async () => {
    const db = openDb(`avatars-${Math.random()}`);
    const fetched: string[] = [];
    const route = createRouter({
      db, self, now: () => 1_000, newId: () => 'r',
      readAvatar: async (url) => {
        fetched.push(url);
        const photo = PHOTOS[url];
        if (!photo) throw new Error('404');
        return photo;
      },
    });
    const send = (comments: Comment[]) => route({ kuzet: 1, type: 'comments/batch', payload: { comments } }, { id: 'kuzet-id', url: THREAD, tab: { id: 1 } });
    await send([hnComment(1, 'a', { avatarUrl: 'https://cdn.example/a.jpg' }), hnComment(2, 'b', { avatarUrl: 'https://cdn.example/a-copy.jpg' }), hnComment(3, 'c', { avatarUrl: 'https://cdn.example/other.jpg' }), hnComment(4, 'd', { avatarUrl: 'https://cdn.example/gone.jpg' })]);
    await expect.poll(async () => (await db.avatars.where('fetchedAt').equals(0).count())).toBe(0);
    await send([hnComment(5, 'e', { avatarUrl: 'https://cdn.example/other.jpg' })]); // queue behind the hashing round
    expect((await db.avatars.get('hackernews:d'))?.failed).toBe(true);
    const reasons = async (author: string) => ((await db.verdicts.get([THREAD, `hackernews:${author}`]))?.reasons ?? []).map((r) => r.id);
    await expect.poll(() => reasons('a')).toContain('avatarReuse');
    expect(await reasons('b')).toContain('avatarReuse');
    expect(await reasons('c')).not.toContain('avatarReuse'); // c and e share one image URL: the site's file, not a copy
    expect(fetched.filter((u) => u.endsWith('gone.jpg'))).toHaveLength(1);
  });
});
