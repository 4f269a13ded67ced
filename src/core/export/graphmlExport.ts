// The GraphML export of the author network, for Gephi and networkx: every exported author is a
// node (label, key, site, strongest score and level over the exported threads), flagged authors
// are joined by "coOccurrence" and "sameText" edges with weights, and the provenance sits in
// graph-level data. Node ids are n0, n1… because GraphML ids must be NMTOKENs and author keys
// are not; the author key is a node attribute. The edge kind is called "relation", not "type",
// so no importer mistakes it for the directed/undirected type.
import type { EdgeLine, ExportLine, ProvenanceLine, VerdictLine } from './ndjsonFormat.ts';
import { xmlText } from './xmlText.ts';

type AttrType = 'string' | 'double' | 'int';
interface Key { id: string; for: 'graph' | 'node' | 'edge'; name: string; type: AttrType }

export const GRAPHML_KEYS: readonly Key[] = [
  { id: 'g_version', for: 'graph', name: 'kuzet_version', type: 'string' },
  { id: 'g_exported', for: 'graph', name: 'exported_at', type: 'string' },
  { id: 'g_from', for: 'graph', name: 'time_from', type: 'string' },
  { id: 'g_to', for: 'graph', name: 'time_to', type: 'string' },
  { id: 'g_scope', for: 'graph', name: 'scope', type: 'string' },
  { id: 'g_sites', for: 'graph', name: 'sites', type: 'string' },
  { id: 'g_pages', for: 'graph', name: 'page_urls', type: 'string' },
  { id: 'g_lists', for: 'graph', name: 'list_versions', type: 'string' },
  { id: 'g_weights', for: 'graph', name: 'weights', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_key', for: 'node', name: 'author_key', type: 'string' },
  { id: 'n_site', for: 'node', name: 'site', type: 'string' },
  { id: 'n_profile', for: 'node', name: 'profile_url', type: 'string' },
  { id: 'n_score', for: 'node', name: 'score', type: 'double' },
  { id: 'n_level', for: 'node', name: 'level', type: 'string' },
  { id: 'n_comments', for: 'node', name: 'comments', type: 'int' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'e_evidence', for: 'edge', name: 'evidence_comment_ids', type: 'string' },
];

const LEVEL_ORDER = ['none', 'watch', 'suspected', 'likely'];
const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
const data = (key: string, value: string | number) => `<data key="${key}">${xmlText(String(value))}</data>`;

interface NodeFacts { label: string; site: string; profileUrl?: string; score: number; level: string; comments: number }

export function toGraphml(lines: readonly ExportLine[]): string {
  const provenance = lines.find((l): l is ProvenanceLine => l.kind === 'provenance');
  if (!provenance) throw new Error('export: no provenance line');
  const nodes = new Map<string, NodeFacts>();
  const nodeOf = (key: string, label: string, site: string) => {
    let node = nodes.get(key);
    if (!node) nodes.set(key, (node = { label, site, score: 0, level: 'none', comments: 0 }));
    return node;
  };
  for (const l of lines) {
    if (l.kind === 'author') Object.assign(nodeOf(l.key, l.displayName, l.site), l.profileUrl ? { profileUrl: l.profileUrl } : {});
    else if (l.kind === 'comment') nodeOf(l.authorKey, l.displayName, l.site).comments += 1;
  }
  for (const l of lines) if (l.kind === 'verdict') raise(nodeOf(l.authorKey, l.displayName, ''), l);
  const edges = lines.filter((l): l is EdgeLine => l.kind === 'edge');
  for (const e of edges) for (const k of [e.a, e.b]) nodeOf(k, k, '');
  const keys = [...nodes.keys()].sort();
  const idOf = new Map(keys.map((k, i) => [k, `n${i}`]));

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="kuzet-authors" edgedefault="undirected">',
    ...graphData(provenance).map((d) => `    ${d}`),
  ];
  for (const key of keys) {
    const n = nodes.get(key)!;
    const fields = [data('n_label', n.label), data('n_key', key), data('n_site', n.site || key.split(':')[0]!)];
    if (n.profileUrl) fields.push(data('n_profile', n.profileUrl));
    fields.push(data('n_score', n.score), data('n_level', n.level), data('n_comments', n.comments));
    out.push(`    <node id="${idOf.get(key)}">${fields.join('')}</node>`);
  }
  edges.forEach((e, i) => {
    const fields = [data('e_label', e.type), data('e_relation', e.type), data('e_weight', e.weight), data('e_evidence', e.evidence.commentIds.join(' '))];
    out.push(`    <edge id="e${i}" source="${idOf.get(e.a)}" target="${idOf.get(e.b)}">${fields.join('')}</edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** A node carries its strongest verdict over the exported threads. */
function raise(node: NodeFacts, verdict: VerdictLine): void {
  if (verdict.score > node.score) node.score = verdict.score;
  if (LEVEL_ORDER.indexOf(verdict.level) > LEVEL_ORDER.indexOf(node.level)) node.level = verdict.level;
}

function graphData(p: ProvenanceLine): string[] {
  return [
    data('g_version', p.extensionVersion),
    data('g_exported', iso(p.exportedAt)),
    data('g_from', iso(p.timeRange.from)),
    data('g_to', iso(p.timeRange.to)),
    data('g_scope', p.scope),
    data('g_sites', p.sites.join(' ')),
    data('g_pages', p.pageUrls.join('\n')),
    data('g_lists', p.listVersions.map((l) => `${l.list}@${l.version}`).join(' ')),
    data('g_weights', JSON.stringify({ source: p.weights.source, dataVersion: p.weights.dataVersion, bias: p.weights.bias, weights: p.weights.weights, thresholds: p.weights.thresholds })),
  ];
}
