// Reads a profile photo as the perceptual hash needs it, in the background (never in the page):
// fetched without cookies, checked to be a small image, decoded by createImageBitmap straight to
// 32×32 and read back through an OffscreenCanvas. Any failure is the caller's to record.
import { HASH_SIZE } from '../../core/indexes/perceptualHash.ts';

/** Photos larger than this are not avatars; they are not fetched whole. */
export const MAX_AVATAR_BYTES = 2_000_000;

export type AvatarReader = (url: string) => Promise<Uint8ClampedArray>;

export const readAvatar: AvatarReader = async (url) => {
  if (!/^https?:\/\//.test(url)) throw new Error('not a web address');
  const response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const blob = await response.blob();
  if (!blob.type.startsWith('image/') || blob.size > MAX_AVATAR_BYTES) throw new Error('not a small image');
  const bitmap = await createImageBitmap(blob, { resizeWidth: HASH_SIZE, resizeHeight: HASH_SIZE, resizeQuality: 'high' });
  const canvas = new OffscreenCanvas(HASH_SIZE, HASH_SIZE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0, HASH_SIZE, HASH_SIZE);
  bitmap.close();
  return context.getImageData(0, 0, HASH_SIZE, HASH_SIZE).data;
};
