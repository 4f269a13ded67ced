// One rule for every site's author keys (`site:id`), so the same person is one author across
// visits and layouts (m. and www. Facebook): a numeric account id beats a handle, which beats
// a display name. Forms never collide: `site:<digits>`, `site:<handle>` (a handle that is all
// digits gets an `@` so it cannot pass for a numeric id), `site:name:<display name>`.

export interface AuthorIdentity {
  numericId?: string | undefined;
  handle?: string | undefined;
  displayName?: string | undefined;
}

export function authorKey(site: string, { numericId, handle, displayName }: AuthorIdentity): string | null {
  const id = numericId?.trim();
  if (id && /^\d+$/.test(id)) return `${site}:${id}`;
  const h = handle?.trim().replace(/^@/, '');
  if (h) return /^\d+$/.test(h) ? `${site}:@${h}` : `${site}:${h}`;
  const name = displayName?.trim().replace(/\s+/g, ' ');
  return name ? `${site}:name:${name}` : null;
}
