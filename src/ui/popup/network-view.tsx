// The flagged authors as a small SVG graph: nodes on a circle coloured and shaped by level,
// solid lines for the same text, dashed for commenting together in other threads, thicker for
// more. A list under it states every edge in words, so the graph never carries meaning alone.
import type { TabNetwork } from '../connect/connector.ts';
import { sentenceKey } from '../../core/messageKeys.ts';
import { useT } from '../components/connector-context.ts';

const SIZE = 220;
const R = 78;

export function NetworkView({ network }: { network: TabNetwork }) {
  const t = useT();
  if (network.nodes.length < 2) return null;
  const at = new Map(
    network.nodes.map((node, i) => {
      const angle = (2 * Math.PI * i) / network.nodes.length - Math.PI / 2;
      return [node.authorKey, { x: SIZE / 2 + R * Math.cos(angle), y: SIZE / 2 + R * Math.sin(angle), node }];
    }),
  );
  const name = (key: string) => at.get(key)?.node.displayName ?? key;
  const edges = network.edges.filter((e) => at.has(e.a) && at.has(e.b));
  return (
    <section aria-labelledby="kz-network-heading" data-kuzet-popup="network">
      <h2 id="kz-network-heading">{t('popupNetworkHeading')}</h2>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} role="img" aria-label={t('popupNetworkAria', [String(network.nodes.length), String(edges.length)])}>
        {edges.map((e) => {
          const a = at.get(e.a)!;
          const b = at.get(e.b)!;
          return (
            <line key={`${e.type}-${e.a}-${e.b}`} class={`kz-edge kz-edge-${e.type}`} data-kuzet-edge={e.type}
              x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke-width={Math.min(6, 1 + e.weight)} />
          );
        })}
        {[...at.values()].map(({ x, y, node }) => (
          <g key={node.authorKey} data-kuzet-node={node.authorKey}>
            <circle class={`kz-node kz-node-${node.level}`} cx={x} cy={y} r={node.level === 'likely' ? 8 : node.level === 'suspected' ? 6.5 : 5} />
            <text class="kz-node-label" x={x} y={y + (y > SIZE / 2 ? 20 : -12)} text-anchor="middle">
              {node.displayName.length > 16 ? `${node.displayName.slice(0, 15)}…` : node.displayName}
            </text>
          </g>
        ))}
      </svg>
      <ul class="kz-edge-list">
        {edges.length === 0 && <li class="kz-muted">{t('popupNetworkNoEdges')}</li>}
        {edges.map((e) => (
          <li key={`${e.type}-${e.a}-${e.b}`} data-kuzet-edge-text={e.type}>
            {e.type === 'sameText'
              ? t('popupEdgeSameText', [name(e.a), name(e.b)])
              : t(sentenceKey({ key: 'popupEdgeCoOccurrence', substitutions: [], count: e.weight }, t('pluralLocale')), [name(e.a), name(e.b), String(e.weight)])}
          </li>
        ))}
      </ul>
    </section>
  );
}
