// report.html: the dossier a person reads, self-contained (inline CSS and SVG, no script, no
// request: a Content-Security-Policy forbids both), in the reader's language. Clusters come in
// ranked order, each with its graph, timeline, members and reasons, ties and every cited
// comment with its page URL and the time Kuzet saw it; then the method and its limits.
import type { VerdictLine } from '../export/ndjsonFormat.ts';
import type { MarkedCluster } from '../networks/marks.ts';
import { MIN_LINK } from '../networks/clusters.ts';
import { EDGE_TYPES } from '../networks/types.ts';
import { isoTime } from './accountsCsv.ts';
import type { Words } from './catalog.ts';
import { escapeHtml } from './escapeHtml.ts';
import { evidenceItem, memberRow, tieItem } from './reportParts.ts';
import { REPORT_CSS } from './reportStyle.ts';
import type { DossierSelection } from './selection.ts';
import { EDGE_STYLE, svgGraph } from './svgGraph.ts';
import { postedTime, svgTimeline } from './svgTimeline.ts';

export interface ReportFacts {
  createdAt: number;
  extensionVersion: string;
  publicKey: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const METHOD_KEYS = ['dossier_method1', 'dossier_method2', 'dossier_method3'];
const LIMIT_KEYS = ['dossier_limit1', 'dossier_limit2', 'dossier_limit3', 'dossier_limit4', 'dossier_limit5'];

export function reportHtml(selection: DossierSelection, facts: ReportFacts, words: Words): string {
  const { t } = words;
  const p = (key: string, subs: string[] = []) => `<p>${escapeHtml(t(key, subs))}</p>`;
  const summary = t('dossier_summary', [
    String(selection.clusters.length),
    String(selection.accounts.length),
    String(selection.comments.length),
    String(new Set(selection.comments.map((c) => c.threadUrl)).size),
  ]);
  const clusters = selection.clusters.length
    ? selection.clusters.map((c) => clusterSection(c, selection, words)).join('\n')
    : p('dossier_noClusters');
  return `<!doctype html>
<html lang="${words.language}">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(t('dossier_reportTitle'))}</title><style>${REPORT_CSS}</style></head>
<body>
<header><h1>${escapeHtml(t('dossier_reportTitle'))}</h1>
${p('dossier_reportMade', [`${isoTime(facts.createdAt).slice(0, 16).replace('T', ' ')} UTC`, facts.extensionVersion])}
${p('dossier_reportKey', [facts.publicKey])}</header>
<section class="privacy" id="privacy">${p(selection.othersIncluded ? 'dossier_privacyOthers' : 'dossier_privacyOwn')}</section>
<section id="summary"><p>${escapeHtml(summary)}</p></section>
${clusters}
<section id="method"><h2>${escapeHtml(t('dossier_methodTitle'))}</h2>${METHOD_KEYS.map((k) => p(k)).join('')}
<h2>${escapeHtml(t('dossier_limitsTitle'))}</h2><ul>${LIMIT_KEYS.map((k) => `<li>${escapeHtml(t(k))}</li>`).join('')}</ul>
<h2>${escapeHtml(t('dossier_verifyTitle'))}</h2>${p('dossier_verifyText')}</section>
</body>
</html>
`;
}

function clusterSection(cluster: MarkedCluster, selection: DossierSelection, words: Words): string {
  const { t } = words;
  const names = new Map(selection.accounts.map((a) => [a.key, a.displayName]));
  const number = new Map(cluster.members.map((k, i) => [k, i + 1]));
  const verdictOf = strongestVerdicts(selection.verdicts);
  const members = new Set(cluster.members);
  const comments = selection.comments
    .filter((c) => members.has(c.authorKey) || (selection.othersIncluded && cluster.edges.some((e) => e.evidence.commentIds.includes(c.id))))
    .sort((a, b) => postedTime(a) - postedTime(b) || a.seq - b.seq);
  const titles = new Map(selection.threads.map((th) => [th.url, th.title]));
  const accounts = selection.accounts.filter((a) => members.has(a.key));
  const strong = cluster.edges.filter((e) => e.strength >= MIN_LINK);
  const weak = cluster.edges.filter((e) => e.strength < MIN_LINK);
  const legend = EDGE_TYPES.map((type) => `<span><i class="swatch" style="background:${EDGE_STYLE[type].color}"></i>${escapeHtml(t(`dossier_edge_${type}`))}</span>`).join('');
  const note = cluster.note.trim() ? `<p class="note"><strong>${escapeHtml(t('dossier_clusterNote'))}</strong> ${escapeHtml(cluster.note)}</p>` : '';
  const removed = cluster.removed.length ? `<p class="meta">${escapeHtml(t('dossier_clusterRemoved', [cluster.removed.join(', ')]))}</p>` : '';
  return `<section class="cluster" id="${escapeHtml(cluster.id)}" data-cluster-id="${escapeHtml(cluster.id)}">
<h2>${escapeHtml(t('dossier_clusterTitle', [cluster.id]))}</h2>
<p>${escapeHtml(t('dossier_clusterCounts', [String(cluster.members.length), String(cluster.edges.length), String(comments.length)]))} ${escapeHtml(t(cluster.ready ? 'dossier_clusterReady' : 'dossier_clusterDraft'))}</p>
${note}${removed}
<figure>${svgGraph(cluster.members, names, cluster.edges, t('dossier_graphTitle', [cluster.id]))}<figcaption class="legend">${legend}</figcaption></figure>
<figure>${svgTimeline(cluster.members, comments.filter((c) => members.has(c.authorKey)), t('dossier_timelineTitle', [cluster.id]))}</figure>
<h3>${escapeHtml(t('dossier_membersTitle'))}</h3>
<table><thead><tr><th>#</th><th>${escapeHtml(t('dossier_colAccount'))}</th><th>${escapeHtml(t('dossier_colNames'))}</th><th>${escapeHtml(t('dossier_colSeen'))}</th><th>${escapeHtml(t('dossier_colLevel'))}</th><th>${escapeHtml(t('dossier_colReasons'))}</th></tr></thead>
<tbody>${accounts.map((a) => memberRow(number.get(a.key) ?? 0, a, verdictOf.get(a.key), words)).join('')}</tbody></table>
<h3>${escapeHtml(t('dossier_tiesTitle'))}</h3>
<ul>${strong.map((e) => tieItem(e, number, names, words)).join('')}</ul>
${weak.length ? `<details><summary>${escapeHtml(t('dossier_weakTies', [String(weak.length)]))}</summary><ul>${weak.map((e) => tieItem(e, number, names, words)).join('')}</ul></details>` : ''}
<h3>${escapeHtml(t('dossier_evidenceTitle'))}</h3>
${comments.map((c) => evidenceItem(c, titles.get(c.threadUrl), words)).join('\n')}
</section>`;
}

function strongestVerdicts(verdicts: readonly VerdictLine[]): Map<string, VerdictLine> {
  const out = new Map<string, VerdictLine>();
  for (const v of verdicts) if (!out.has(v.authorKey) || v.score > out.get(v.authorKey)!.score) out.set(v.authorKey, v);
  return out;
}
