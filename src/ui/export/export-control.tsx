// The researcher export: three buttons (CSV, NDJSON, GraphML) that ask the background for the
// file and download it, and a live status line. The popup mounts it for this tab's thread, the
// options page for everything Kuzet keeps. Buttons carry data-kuzet-export="<format>" so the
// e2e can press them and catch the download.
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/exportFormats.ts';
import type { Connector } from '../connect/connector.ts';
import { useConnector } from '../components/connector-context.ts';
import { downloadFile } from './download-file.ts';

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; filename: string; comments: number } | { kind: 'empty' } | { kind: 'error'; message: string };

export type ExportScope = { scope: 'thread'; tabId: () => Promise<number> } | { scope: 'all' };

const LABEL: Record<ExportFormat, string> = { csv: 'export_csv', ndjson: 'export_ndjson', graphml: 'export_graphml' };

export function ExportControl(props: ExportScope & { download?: typeof downloadFile }) {
  const connector = useConnector();
  const { t } = connector;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const save = props.download ?? downloadFile;

  async function run(format: ExportFormat) {
    setStatus({ kind: 'working' });
    try {
      const file = await collect(connector, props, format);
      if (file.comments === 0) return setStatus({ kind: 'empty' });
      save(file);
      setStatus({ kind: 'done', filename: file.filename, comments: file.comments });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <section class="kz-export" aria-labelledby="kz-export-heading" data-kuzet-export-scope={props.scope}>
      <h2 id="kz-export-heading">{t('export_heading')}</h2>
      <p class="kz-muted">{t(props.scope === 'thread' ? 'export_hintThread' : 'export_hintAll')}</p>
      <div role="group" aria-labelledby="kz-export-heading">
        {EXPORT_FORMATS.map((format) => (
          <button type="button" key={format} data-kuzet-export={format} disabled={status.kind === 'working'} onClick={() => void run(format)}>
            {t(LABEL[format])}
          </button>
        ))}
      </div>
      <p aria-live="polite" class="kz-status" data-kuzet-export-status={status.kind}>
        {status.kind === 'working' && t('export_working')}
        {status.kind === 'done' && t('export_done', [status.filename, String(status.comments)])}
        {status.kind === 'empty' && t('export_empty')}
        {status.kind === 'error' && <span class="kz-error" role="alert">{t('export_failed', [status.message])}</span>}
      </p>
    </section>
  );
}

async function collect(connector: Connector, props: ExportScope, format: ExportFormat) {
  if (!connector.exportData) throw new Error('export unavailable');
  return props.scope === 'thread'
    ? connector.exportData({ scope: 'thread', format, tabId: await props.tabId() })
    : connector.exportData({ scope: 'all', format });
}
