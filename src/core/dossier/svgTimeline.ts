// A cluster's timeline as inline SVG: one row per member (numbered as in the graph), a dot per
// cited comment at the time it was posted (or first seen, when the page gave no time), so
// accounts that post together show as dots stacked in one column.
import type { AuthorKey } from '../model.ts';
import type { CommentLine } from '../export/ndjsonFormat.ts';
import { escapeHtml } from './escapeHtml.ts';

const WIDTH = 640;
const ROW = 14;
const LEFT = 36;
const RIGHT = 12;

/** What the timeline reads of a comment (the Networks view passes its own lighter rows). */
export type TimelineComment = Pick<CommentLine, 'authorKey' | 'displayName' | 'time' | 'seenAt'>;

export const postedTime = (c: TimelineComment) => c.time ?? c.seenAt;

export function svgTimeline(members: readonly AuthorKey[], comments: readonly TimelineComment[], title: string): string {
  const times = comments.map(postedTime);
  const from = times.length ? Math.min(...times) : 0;
  const to = times.length ? Math.max(...times) : 0;
  const span = Math.max(1, to - from);
  const height = ROW * members.length + 28;
  const x = (t: number) => Math.round((LEFT + ((t - from) / span) * (WIDTH - LEFT - RIGHT)) * 10) / 10;
  const rows = members.map((k, i) => {
    const y = ROW * i + ROW / 2 + 4;
    const dots = comments
      .filter((c) => c.authorKey === k)
      .map((c) => `<circle cx="${x(postedTime(c))}" cy="${y}" r="3.5" fill="#b3261e"><title>${escapeHtml(`${i + 1}. ${c.displayName} ${new Date(postedTime(c)).toISOString()}`)}</title></circle>`);
    return `<text x="${LEFT - 6}" y="${y + 3}" text-anchor="end" font-size="9">${i + 1}</text><line x1="${LEFT}" y1="${y}" x2="${WIDTH - RIGHT}" y2="${y}" stroke="#ddd"/>${dots.join('')}`;
  });
  const axisY = height - 8;
  const label = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
  const axis = `<text x="${LEFT}" y="${axisY}" font-size="9">${escapeHtml(label(from))}</text><text x="${WIDTH - RIGHT}" y="${axisY}" font-size="9" text-anchor="end">${escapeHtml(label(to))} UTC</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${rows.join('')}${axis}</svg>`;
}
