// Avatar reuse and subscribed lists. The data holds no profile images, so the perceptual hashes
// below are made up to exercise the index; the avatar URLs are real cresci2017 values, including
// Twitter's shared default picture, which must never count as a stolen photo.
import { describe, expect, it } from 'vitest';
import { avatarReuse } from '../../../../src/core/heuristics/avatarReuse.ts';
import { listed } from '../../../../src/core/heuristics/listed.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { cresciAccounts } from './realData.ts';

const accounts = cresciAccounts().slice(0, 6);
const comment = (i: number, avatarUrl: string): StoredComment => ({
  id: `x:c${i}`, site: 'x', authorKey: `x:${accounts[i]!.id}`, displayName: accounts[i]!.screen_name, avatarUrl, text: 'hello',
  threadUrl: 'https://x.com/t', url: `https://x.com/t/${i}`, seenAt: 0, seq: i,
});
const photo = (i: number) => (accounts[i] as unknown as { profile_image_url: string }).profile_image_url;
const DEFAULT_AVATAR = 'http://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png';

describe('avatarReuse', () => {
  it('flags accounts whose different photo files hash (nearly) alike, citing the others', () => {
    const comments = [comment(0, photo(0)), comment(1, photo(1)), comment(2, photo(2)), comment(3, photo(3))];
    const hashes = new Map([
      [comments[0]!.authorKey, 'f0e1d2c3b4a59687'],
      [comments[1]!.authorKey, 'f0e1d2c3b4a59686'], // 1 bit off: the same photo re-encoded
      [comments[2]!.authorKey, '0123456789abcdef'],
      [comments[3]!.authorKey, 'f0e1d2c3b4a5968f'], // 1 bit off from the first
    ]);
    const ctx = { comments, avatarHashes: hashes, trusted: new Set<string>() };
    const signal = avatarReuse(comments[0]!.authorKey, ctx);
    expect(signal?.sentence).toMatchObject({ key: 'reasonAvatarReuse', count: 2 });
    expect(signal!.evidence.commentIds).toEqual(['x:c0', 'x:c1', 'x:c3']);
    expect(avatarReuse(comments[2]!.authorKey, ctx)).toBeNull();
  });

  it('never counts the site default picture shared by many real accounts', () => {
    const comments = [0, 1, 2].map((i) => comment(i, DEFAULT_AVATAR));
    const hashes = new Map(comments.map((c) => [c.authorKey, 'aaaaaaaaaaaaaaaa']));
    expect(avatarReuse(comments[0]!.authorKey, { comments, avatarHashes: hashes, trusted: new Set() })).toBeNull();
  });
});

describe('listed', () => {
  const c = comment(0, photo(0));
  it('is as strong as the most trusted list naming the author, and names the lists', () => {
    const entries = [{ list: 'KG media watch', category: 'coordinated', weight: 0.6 }, { list: 'KZ fakes', category: 'fake', weight: 0.9 }];
    const signal = listed(c.authorKey, { comments: [c], listed: new Map([[c.authorKey, entries]]), trusted: new Set() });
    expect(signal?.sentence).toEqual({ key: 'reasonListed', substitutions: ['2', 'KG media watch, KZ fakes'], count: 2 });
    expect(signal!.strength).toBeCloseTo(1);
  });

  it('ignores lists the policy gives no weight, and unlisted authors', () => {
    const off = [{ list: 'muted', category: 'spam', weight: 0 }];
    expect(listed(c.authorKey, { comments: [c], listed: new Map([[c.authorKey, off]]), trusted: new Set() })).toBeNull();
    expect(listed(c.authorKey, { comments: [c], trusted: new Set() })).toBeNull();
  });
});
