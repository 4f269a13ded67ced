// Who wrote a VK comment, read the same way on every VK layout: the author link gives the
// display name and, through vkProfileOf, a numeric id or a handle; the key follows the one
// author-key rule, so a person is one author on vk.com and m.vk.com.
import type { Comment } from '../../core/model.ts';
import { authorKey } from './authorKey.ts';
import { vkProfileOf, type VkProfileRef } from './vkUrls.ts';

export interface VkAuthor {
  key: string | null;
  displayName: string | undefined;
  profile: VkProfileRef | null;
}

export function vkAuthorOf(link: Element | null, base: URL): VkAuthor {
  const profile = vkProfileOf(link?.getAttribute('href'), base);
  const displayName = link?.textContent?.trim().replace(/\s+/g, ' ');
  return { key: authorKey('vk', { numericId: profile?.numericId, handle: profile?.handle, displayName }), displayName, profile };
}

/** The account fields a profile link gives a comment (handle, profile URL, numeric id). */
export function addVkProfile(comment: Comment, profile: VkProfileRef | null): void {
  if (!profile) return;
  if (profile.handle) comment.handle = profile.handle;
  comment.profileUrl = profile.url;
  if (profile.numericId) comment.account = { numericId: profile.numericId };
}
