// Signal: the author's profile photo is (perceptually) the same as other accounts' photos
// (seed reports: fake profiles with stolen or shared photos). Hashes come from the background
// (64-bit perceptual hashes as 16 hex digits). Two accounts showing the very same image URL
// are skipped: that is the site's default picture or one file, not a re-uploaded stolen photo.
import type { AuthorKey, Signal, StoredComment } from '../model.ts';
import { hamming64, type SimHash64 } from '../text/index.ts';
import type { ScoringContext } from './context.ts';
import { indexContext, memoised } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';

/** Bits two perceptual hashes may differ in and still be one photo (re-encoding, resizing). */
export const MAX_DISTANCE = 3;
/** 4 bands of 16 bits: hashes within 3 bits share at least one band exactly (pigeonhole). */
const BANDS = 4;

type Bands = ReadonlyMap<string, readonly AuthorKey[]>;

export function avatarReuse(author: AuthorKey, context: ScoringContext): Signal | null {
  const hashes = context.avatarHashes;
  const mine = hashes?.get(author);
  if (!hashes || mine === undefined || !/^[0-9a-f]{16}$/i.test(mine)) return null;
  const bands = memoised<Bands>(context, 'avatarBands', () => {
    const map = new Map<string, AuthorKey[]>();
    for (const [key, hash] of hashes) {
      if (!/^[0-9a-f]{16}$/i.test(hash)) continue;
      for (const band of bandsOf(hash)) {
        const list = map.get(band);
        if (list) list.push(key);
        else map.set(band, [key]);
      }
    }
    return map;
  });
  const index = indexContext(context);
  const myUrl = avatarUrlOf(index.byAuthor.get(author));
  const others = new Set<AuthorKey>();
  for (const band of bandsOf(mine)) {
    for (const other of bands.get(band) ?? []) {
      if (other === author || others.has(other)) continue;
      const url = avatarUrlOf(index.byAuthor.get(other));
      if (myUrl !== undefined && url === myUrl) continue;
      if (hamming64(asSimHash(mine), asSimHash(hashes.get(other)!)) <= MAX_DISTANCE) others.add(other);
    }
  }
  if (others.size === 0) return null;
  const cited = [...others].flatMap((key) => index.byAuthor.get(key)?.[0] ?? []);
  const own = index.byAuthor.get(author)?.[0];
  const names = cited.slice(0, 3).map((c) => c.displayName).join(', ');
  return {
    id: 'avatarReuse',
    // One other account with the same photo is already odd; three or more is a pattern.
    strength: Math.min(1, 0.5 + others.size / 6),
    sentence: { key: 'reasonAvatarReuse', substitutions: [String(others.size), names], count: others.size },
    evidence: evidenceOf([...(own ? [own] : []), ...cited]),
  };
}

function bandsOf(hash: string): string[] {
  const h = hash.toLowerCase();
  return Array.from({ length: BANDS }, (_, i) => `${i}:${h.slice(i * 4, i * 4 + 4)}`);
}

function avatarUrlOf(comments: readonly StoredComment[] | undefined): string | undefined {
  return comments?.find((c) => c.avatarUrl !== undefined)?.avatarUrl;
}

/** 16 hex digits as the text module's two 32-bit halves, so its hamming64 applies. */
function asSimHash(hex: string): SimHash64 {
  return { hi: Number.parseInt(hex.slice(0, 8), 16) >>> 0, lo: Number.parseInt(hex.slice(8), 16) >>> 0 };
}
