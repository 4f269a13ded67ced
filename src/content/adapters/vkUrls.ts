// VK URLs shared by the desktop and mobile layouts: one thread URL per wall post
// (`https://vk.com/wall<owner>_<post>`, on vk.com, m.vk.com or vk.ru alike) and what a
// profile link says about its owner (`/id123` → numeric id, `/durov` → handle).

export const VK_ORIGIN = 'https://vk.com';

const VK_HOST = /^(?:www\.|m\.)?vk\.(?:com|ru)$/;

export function isVkHost(hostname: string): boolean {
  return VK_HOST.test(hostname);
}

/** `wall-20629724_73803` from a path like `/wall-20629724_73803` or a `?w=wall…` viewer. */
export function wallPostOf(url: URL): string | null {
  const byPath = /^\/(wall-?\d+_\d+)/.exec(url.pathname)?.[1];
  const byParam = /^(wall-?\d+_\d+)$/.exec(url.searchParams.get('w') ?? '')?.[1];
  return byPath ?? byParam ?? null;
}

export function vkThreadUrl(location: URL): string {
  const post = wallPostOf(location);
  return post ? `${VK_ORIGIN}/${post}` : `${VK_ORIGIN}${location.pathname.replace(/\/+$/, '') || '/'}`;
}

export interface VkProfileRef {
  numericId?: string;
  handle?: string;
  url: string;
}

const NOT_PROFILES = new Set(['feed', 'im', 'friends', 'groups', 'video', 'audio', 'photos', 'search', 'away.php']);

/** A person's link: `/id5660307` → numeric id 5660307; `/olololosha1488` → handle. Communities (`/club1`, `/public1`) are not people but are keyed the same way under their own prefix. */
export function vkProfileOf(href: string | null | undefined, base: URL): VkProfileRef | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!isVkHost(url.hostname)) return null;
  const name = /^\/([A-Za-z0-9_.]+)\/?$/.exec(url.pathname)?.[1];
  if (!name || NOT_PROFILES.has(name) || /^wall-?\d/.test(name)) return null;
  const id = /^id(\d+)$/.exec(name)?.[1];
  return id ? { numericId: id, url: `${VK_ORIGIN}/id${id}` } : { handle: name, url: `${VK_ORIGIN}/${name}` };
}
