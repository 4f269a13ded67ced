// The Networks section of the options page (issue 9): clusters of flagged accounts ranked by
// size and evidence, each reviewable (remove members, note, ready), and "Export dossier", which
// downloads the signed dossier folder as a zip. Says what the dossier holds before it is made.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { dossierLanguage } from '../../core/dossier/catalog.ts';
import { useT } from '../components/connector-context.ts';
import { ClusterCard } from './cluster-card.tsx';
import { downloadZip } from './download-zip.ts';
import { type ClusterMarksRequest, type ClusterView, createExtensionNetworksConnector, type NetworksConnector } from './networks-connector.ts';

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; clusters: ClusterView[] };
type Export = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'error'; message: string };
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function NetworksSection(props: { connector?: NetworksConnector; download?: typeof downloadZip }) {
  const t = useT();
  const [connector] = useState(() => props.connector ?? createExtensionNetworksConnector());
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [includeOthers, setIncludeOthers] = useState(false);
  const [exported, setExported] = useState<Export>({ kind: 'idle' });

  const reload = useCallback(
    async () => connector?.list().then((clusters) => setLoad({ kind: 'ready', clusters }), (e: unknown) => setLoad({ kind: 'error', message: messageOf(e) })),
    [connector],
  );
  useEffect(() => void reload(), [reload]);
  if (!connector) return null;

  async function mark(marks: ClusterMarksRequest) {
    await connector!.mark(marks).then(reload, (e: unknown) => setLoad({ kind: 'error', message: messageOf(e) }));
  }

  async function exportDossier() {
    setExported({ kind: 'busy' });
    try {
      // The page's language is the one the reader chose (or the browser's): the dossier speaks it too.
      const language = dossierLanguage(document.documentElement.lang || navigator.language);
      const answer = await connector!.exportDossier({ includeOthers, language });
      (props.download ?? downloadZip)(answer.fileName, answer.zipBase64);
      setExported({ kind: 'done', fileName: answer.fileName });
    } catch (e) {
      setExported({ kind: 'error', message: messageOf(e) });
    }
  }

  return (
    <section class="kz-networks" aria-labelledby="kz-networks-title" data-kuzet-networks>
      <h2 id="kz-networks-title">{t('dossier_uiTitle')}</h2>
      <p>{t('dossier_uiIntro')}</p>
      {load.kind === 'loading' && <p class="kz-muted">{t('optionsLoading')}</p>}
      {load.kind === 'error' && <p class="kz-error" role="alert">{t('dossier_uiFailed', [load.message])}</p>}
      {load.kind === 'ready' && load.clusters.length === 0 && <p data-kuzet-networks-empty>{t('dossier_uiEmpty')}</p>}
      {load.kind === 'ready' && load.clusters.map((c) => <ClusterCard key={c.id} cluster={c} onMark={mark} />)}
      {load.kind === 'ready' && load.clusters.length > 0 && (
        <div class="kz-dossier-export">
          <p>{t('dossier_uiPrivacy')}</p>
          <label>
            <input type="checkbox" checked={includeOthers} onChange={(ev) => setIncludeOthers((ev.currentTarget as HTMLInputElement).checked)} />
            {t('dossier_uiIncludeOthers')}
          </label>{' '}
          <button type="button" disabled={exported.kind === 'busy'} onClick={() => void exportDossier()} data-kuzet-export-dossier>
            {t('dossier_uiExport')}
          </button>
          <p aria-live="polite">
            {exported.kind === 'busy' && t('dossier_uiExporting')}
            {exported.kind === 'done' && <span data-kuzet-dossier-saved>{t('dossier_uiExported', [exported.fileName])}</span>}
            {exported.kind === 'error' && <span class="kz-error" role="alert">{t('dossier_uiFailed', [exported.message])}</span>}
          </p>
        </div>
      )}
    </section>
  );
}
