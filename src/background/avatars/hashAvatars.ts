// Hashes the profile photos that wait for it (stored with fetchedAt 0 when a comment showed a
// new photo URL), a few at a time after a batch, then rescores the authors whose photo now
// matches another account's — and those accounts — in every thread they are in. A photo that
// cannot be read is marked failed and not fetched again until its URL changes.
import { hashBands, perceptualHash } from '../../core/indexes/perceptualHash.ts';
import type { KuzetDb } from '../db.ts';
import type { PushVerdicts } from '../broadcast/pushVerdicts.ts';
import { rescoreThread } from '../handlers/rescoreThreads.ts';
import { avatarHashesOf } from '../indexes/lookups.ts';
import type { AvatarReader } from './readAvatar.ts';

/** Photos fetched per round at most: bounds the network and the worker's time after one batch. */
export const PER_ROUND = 8;

export async function hashPendingAvatars(db: KuzetDb, read: AvatarReader, now: number, push?: PushVerdicts): Promise<number> {
  const pending = await db.avatars.where('fetchedAt').equals(0).limit(PER_ROUND).toArray();
  const hashed: string[] = [];
  for (const row of pending) {
    try {
      const hash = perceptualHash(await read(row.url));
      await db.avatars.put({ authorKey: row.authorKey, url: row.url, hash, bands: hashBands(hash), fetchedAt: now });
      hashed.push(row.authorKey);
    } catch {
      await db.avatars.put({ authorKey: row.authorKey, url: row.url, failed: true, bands: [], fetchedAt: now });
    }
  }
  for (const author of hashed) {
    const sharing = [...(await avatarHashesOf(db, [author])).keys()];
    if (sharing.length < 2) continue; // nobody else shows this photo
    for (const key of sharing) {
      const threads = (await db.authorThreads.where('authorKey').equals(key).toArray()).map((r) => r.threadUrl);
      for (const threadUrl of threads) {
        const changed = await rescoreThread(db, threadUrl, [key], now);
        if (changed.length > 0) push?.(threadUrl, changed);
      }
    }
  }
  return pending.length;
}
