// The pieces of report.html every cluster repeats: a member row, a tie, a cited comment. Every
// value goes through escapeHtml or link; URLs are linked only when they are http(s).
import type { AuthorLine, CommentLine, VerdictLine } from '../export/ndjsonFormat.ts';
import { LEVEL_KEYS, percent } from '../messageKeys.ts';
import type { NetworkEdge } from '../networks/types.ts';
import { isoTime } from './accountsCsv.ts';
import type { Words } from './catalog.ts';
import { escapeHtml, link } from './escapeHtml.ts';

const utc = (ms: number) => `${isoTime(ms).slice(0, 16).replace('T', ' ')} UTC`;

export function memberRow(n: number, account: AuthorLine, verdict: VerdictLine | undefined, words: Words): string {
  const names = [...new Set([account.displayName, ...account.names])].map(escapeHtml).join('<br>');
  const level = verdict && verdict.level !== 'none' ? words.t(LEVEL_KEYS[verdict.level]) : '';
  const reasons = (verdict?.reasons ?? [])
    .map((r) => {
      const cited = r.evidence.commentIds.map((id) => `<a href="#c-${anchor(id)}">${escapeHtml(id)}</a>`).join(', ');
      return `<li>${escapeHtml(words.sentence(r.sentence))}${cited ? ` <span class="meta">(${cited})</span>` : ''}</li>`;
    })
    .join('');
  return `<tr data-account="${escapeHtml(account.key)}"><td>${n}</td><td>${link(account.profileUrl, account.key)}</td><td>${names}</td><td>${utc(account.firstSeen)}<br>${utc(account.lastSeen)}</td><td>${escapeHtml(level)}${verdict ? ` (${Math.round(verdict.score * 100)})` : ''}</td><td><ul>${reasons}</ul></td></tr>`;
}

export function tieItem(edge: NetworkEdge, number: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>, words: Words): string {
  const who = (k: string) => `${number.get(k) ?? '?'}. ${names.get(k) ?? k}`;
  const cited = edge.evidence.commentIds.map((id) => `<a href="#c-${anchor(id)}">${escapeHtml(id)}</a>`).join(', ');
  const line = words.t('dossier_tieLine', [who(edge.a), who(edge.b), words.t(`dossier_edge_${edge.type}`), String(edge.count), percent(edge.strength)]);
  return `<li>${escapeHtml(line)}${cited ? ` <span class="meta">(${cited})</span>` : ''}</li>`;
}

export function evidenceItem(c: CommentLine, pageTitle: string | undefined, words: Words): string {
  const posted = c.time === undefined ? words.t('dossier_noTime') : words.t('dossier_posted', [utc(c.time)]);
  const permalink = c.url === undefined ? '' : ` · ${link(c.url, words.t('dossier_permalink'))}`;
  return `<article class="evidence" id="c-${anchor(c.id)}" data-comment-id="${escapeHtml(c.id)}">
<div><strong>${escapeHtml(c.displayName)}</strong> <span class="meta">${escapeHtml(c.authorKey)}</span></div>
<blockquote>${escapeHtml(c.text)}</blockquote>
<div class="meta">${escapeHtml(posted)} · ${escapeHtml(words.t('dossier_seen', [utc(c.seenAt)]))}</div>
<div class="meta">${escapeHtml(words.t('dossier_page'))}: ${link(c.threadUrl, pageTitle ?? c.threadUrl)} <span class="url">${escapeHtml(c.threadUrl)}</span>${permalink}</div>
</article>`;
}

/** An id attribute from a comment id: page ids may hold any character, anchors only a few. */
export function anchor(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (ch) => `.${ch.codePointAt(0)!.toString(16)}`);
}
