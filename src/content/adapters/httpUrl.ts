// An href or src as the browser resolves it against the page, kept only when it is http(s):
// `javascript:`, `data:` and empty values never become profile or avatar links.
import { safeHttpUrl } from '../../core/safeHttpUrl.ts';

export function httpUrl(value: string | null | undefined, base: URL | string): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? (safeHttpUrl(trimmed, base) ?? undefined) : undefined;
}
