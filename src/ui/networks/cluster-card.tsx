// One network in the Networks section: its graph and timeline (the dossier's own SVG, shown as
// an image so no markup of page data ever enters this document), members with their reasons
// and a Remove button, the ties that join them, and the note and "ready" mark.
import { useState } from 'preact/hooks';
import { svgGraph } from '../../core/dossier/svgGraph.ts';
import { svgTimeline } from '../../core/dossier/svgTimeline.ts';
import { percent } from '../../core/messageKeys.ts';
import { safeHttpUrl } from '../../core/safeHttpUrl.ts';
import { useT } from '../components/connector-context.ts';
import { ReasonList } from '../components/reason-list.tsx';
import type { ClusterMarksRequest, ClusterView } from './networks-connector.ts';

const svgSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export function ClusterCard({ cluster, onMark }: { cluster: ClusterView; onMark: (marks: ClusterMarksRequest) => Promise<void> }) {
  const t = useT();
  const [note, setNote] = useState(cluster.note);
  const names = new Map([...cluster.members, ...cluster.removed].map((m) => [m.key, m.displayName]));
  const number = new Map(cluster.members.map((m, i) => [m.key, i + 1]));
  const marks = (over: Partial<ClusterMarksRequest>) =>
    onMark({ clusterId: cluster.id, removed: cluster.removed.map((m) => m.key), note, ready: cluster.ready, ...over });
  const keys = cluster.members.map((m) => m.key);
  return (
    <article class="kz-network" data-kuzet-network={cluster.id}>
      <h3>{t('dossier_clusterTitle', [cluster.id])}</h3>
      <p>{t('dossier_clusterCounts', [String(cluster.members.length), String(cluster.edges.length), String(cluster.evidenceCount)])}</p>
      <img style={{ maxWidth: '100%' }} class="kz-network-graph" alt={t('dossier_graphTitle', [cluster.id])} src={svgSource(svgGraph(keys, names, cluster.edges, t('dossier_graphTitle', [cluster.id])))} />
      <img style={{ maxWidth: '100%' }} class="kz-network-timeline" alt={t('dossier_timelineTitle', [cluster.id])} src={svgSource(svgTimeline(keys, cluster.comments, t('dossier_timelineTitle', [cluster.id])))} />
      <h4>{t('dossier_membersTitle')}</h4>
      <ol class="kz-network-members">
        {cluster.members.map((m) => {
          const profile = m.profileUrl === undefined ? null : safeHttpUrl(m.profileUrl);
          return (
            <li key={m.key} data-kuzet-member={m.key}>
              {profile ? <a href={profile} target="_blank" rel="noopener noreferrer">{m.displayName}</a> : <strong>{m.displayName}</strong>}{' '}
              <span class="kz-muted">{m.key}</span>{' '}
              <button type="button" onClick={() => void marks({ removed: [...cluster.removed.map((r) => r.key), m.key] })}>{t('dossier_uiRemove')}</button>
              <ReasonList reasons={m.reasons} />
            </li>
          );
        })}
      </ol>
      {cluster.removed.length > 0 && (
        <p class="kz-network-removed">
          {t('dossier_uiRemovedList')}{' '}
          {cluster.removed.map((m) => (
            <span key={m.key} data-kuzet-removed={m.key}>
              {m.displayName}{' '}
              <button type="button" onClick={() => void marks({ removed: cluster.removed.map((r) => r.key).filter((k) => k !== m.key) })}>{t('dossier_uiRestore')}</button>{' '}
            </span>
          ))}
        </p>
      )}
      <h4>{t('dossier_uiReasons')}</h4>
      <ul class="kz-network-ties">
        {cluster.edges.slice(0, 50).map((e) => (
          <li key={`${e.a}|${e.b}|${e.type}`}>
            {t('dossier_tieLine', [`${number.get(e.a) ?? '?'}. ${names.get(e.a) ?? e.a}`, `${number.get(e.b) ?? '?'}. ${names.get(e.b) ?? e.b}`, t(`dossier_edge_${e.type}`), String(e.count), percent(e.strength)])}
          </li>
        ))}
      </ul>
      <label class="kz-network-note">
        {t('dossier_uiNote')}
        <textarea value={note} maxLength={5000} onInput={(ev) => setNote((ev.currentTarget as HTMLTextAreaElement).value)} onBlur={() => void marks({ note })} />
      </label>
      <label>
        <input type="checkbox" checked={cluster.ready} onChange={(ev) => void marks({ ready: (ev.currentTarget as HTMLInputElement).checked })} data-kuzet-ready={cluster.id} />
        {t('dossier_uiReady')}
      </label>
    </article>
  );
}
