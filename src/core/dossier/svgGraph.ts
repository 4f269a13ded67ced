// A cluster's graph as inline SVG, readable without any script: members on a circle in the
// cluster's order, numbered as in the members table, ties drawn by kind (colour and dash) and
// strength (width); weak ties are faint, and left out when there are too many to see. The layout depends on nothing but the cluster, so the same cluster draws the same.
import type { AuthorKey } from '../model.ts';
import { MIN_LINK } from '../networks/clusters.ts';
import type { EdgeType, NetworkEdge } from '../networks/types.ts';
import { escapeHtml } from './escapeHtml.ts';

export const EDGE_STYLE: Record<EdgeType, { color: string; dash: string }> = {
  sameText: { color: '#b3261e', dash: '' },
  avatar: { color: '#6a1b9a', dash: '2 3' },
  coOccurrence: { color: '#1565c0', dash: '8 4' },
  burst: { color: '#e65100', dash: '4 2' },
};

const SIZE = 360;
const MAX_DRAWN = 80;

export function svgGraph(members: readonly AuthorKey[], names: ReadonlyMap<AuthorKey, string>, edges: readonly NetworkEdge[], title: string): string {
  const r = SIZE / 2 - 24;
  const at = new Map(
    members.map((k, i) => {
      const angle = (2 * Math.PI * i) / members.length - Math.PI / 2;
      return [k, { x: round(SIZE / 2 + r * Math.cos(angle)), y: round(SIZE / 2 + r * Math.sin(angle)), n: i + 1 }];
    }),
  );
  // Weak ties (below the link strength) are drawn only while they do not hide the strong ones.
  const strong = edges.filter((e) => e.strength >= MIN_LINK);
  const drawn = edges.length <= MAX_DRAWN ? edges : strong;
  const lines = drawn.flatMap((e) => {
    const [p, q] = [at.get(e.a), at.get(e.b)];
    if (!p || !q) return [];
    const style = EDGE_STYLE[e.type];
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    const opacity = e.strength >= MIN_LINK ? 0.9 : 0.4;
    return [`<line x1="${p.x}" y1="${p.y}" x2="${q.x}" y2="${q.y}" stroke="${style.color}" stroke-width="${round(1 + 3 * e.strength)}" stroke-opacity="${opacity}"${dash}><title>${escapeHtml(`${p.n}–${q.n} ${e.type} ${e.count}`)}</title></line>`];
  });
  const nodes = members.map((k) => {
    const p = at.get(k)!;
    return `<g><title>${escapeHtml(`${p.n}. ${names.get(k) ?? k}`)}</title><circle cx="${p.x}" cy="${p.y}" r="11" fill="#fff" stroke="#333"/><text x="${p.x}" y="${p.y + 4}" text-anchor="middle" font-size="10">${p.n}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${lines.join('')}${nodes.join('')}</svg>`;
}

const round = (x: number) => Math.round(x * 10) / 10;
