// Ties from the same profile photo: perceptual hashes (16 hex digits, from the background)
// within 3 bits, as the avatarReuse signal counts them. Two accounts showing the very same image
// URL are not tied: that is the site's default picture, not a re-uploaded stolen photo.
import type { AuthorKey, StoredComment } from '../model.ts';
import { hamming64 } from '../text/index.ts';
import { MAX_DISTANCE } from '../heuristics/avatarReuse.ts';
import { PairTies } from './pairs.ts';
import type { NetworkEdge } from './types.ts';

const HEX64 = /^[0-9a-f]{16}$/i;
/** A shared photo is a strong tie between two accounts already flagged for other reasons. */
export const AVATAR_STRENGTH = 0.7;

export function avatarEdges(comments: readonly StoredComment[], hashes: ReadonlyMap<AuthorKey, string>): NetworkEdge[] {
  const firstComment = new Map<AuthorKey, StoredComment>();
  for (const c of comments) if (!firstComment.has(c.authorKey)) firstComment.set(c.authorKey, c);
  const photos = [...firstComment.keys()]
    .sort()
    .flatMap((key) => {
      const hex = hashes.get(key);
      return hex !== undefined && HEX64.test(hex) ? [{ key, hex, url: firstComment.get(key)!.avatarUrl }] : [];
    });
  // Band on each 16-bit quarter: hashes within 3 bits share one quarter exactly (pigeonhole).
  const bands = new Map<string, number[]>();
  photos.forEach((p, i) => {
    for (let q = 0; q < 4; q++) {
      const band = `${q}:${p.hex.slice(q * 4, q * 4 + 4).toLowerCase()}`;
      const list = bands.get(band);
      if (list) list.push(i);
      else bands.set(band, [i]);
    }
  });
  const ties = new PairTies('avatar');
  const done = new Set<string>();
  for (const members of bands.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [p, q] = [photos[members[x]!]!, photos[members[y]!]!];
        const pair = `${p.key}\u0000${q.key}`;
        if (done.has(pair)) continue;
        done.add(pair);
        if (p.url !== undefined && p.url === q.url) continue;
        if (hamming64(half(p.hex), half(q.hex)) > MAX_DISTANCE) continue;
        ties.add(p.key, q.key, [firstComment.get(p.key)!.id, firstComment.get(q.key)!.id]);
      }
    }
  }
  return ties.edges(() => AVATAR_STRENGTH);
}

const half = (hex: string) => ({ hi: Number.parseInt(hex.slice(0, 8), 16) >>> 0, lo: Number.parseInt(hex.slice(8), 16) >>> 0 });
