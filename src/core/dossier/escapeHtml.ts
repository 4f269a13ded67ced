// Every piece of text put into report.html or its SVG goes through here: names, comments and
// URLs come from pages and trolls write them, so nothing of theirs may become markup.
import { safeHttpUrl } from '../safeHttpUrl.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An escaped link that opens the page itself, or the escaped text when it is not a web URL (javascript:, data:). */
export function link(url: string | undefined, label: string): string {
  const href = url === undefined ? null : safeHttpUrl(url);
  return href === null ? escapeHtml(label) : `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${escapeHtml(label)}</a>`;
}
