// Reporting one author: a category (coordinated unless the reader picks another) and a
// button that queues the report; afterwards, or if a report already exists, its status.
import { useState } from 'preact/hooks';
import { REPORT_CATEGORIES, type Report, type ReportCategory } from '../../core/model.ts';
import { useConnector } from '../components/connector-context.ts';
import { CATEGORY_KEYS, REPORT_STATUS_KEYS } from '../../core/messageKeys.ts';

interface Props {
  authorKey: string;
  /** Null when Kuzet read no thread: a report needs one to point at. */
  threadUrl: string | null;
  /** The newest existing report about this author, if any. */
  report: Report | undefined;
  onQueued(report: Report): void;
}

export function ReportControl({ authorKey, threadUrl, report, onQueued }: Props) {
  const { t, enqueueReport } = useConnector();
  const [category, setCategory] = useState<ReportCategory>('coordinated');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (report) {
    return (
      <p class="kz-report-status kz-ok" data-kuzet-report-status={report.status}>
        {t(REPORT_STATUS_KEYS[report.status])}
      </p>
    );
  }

  async function submit() {
    if (threadUrl === null) return;
    setSending(true);
    setError(null);
    try {
      onQueued(await enqueueReport({ authorKey, threadUrl, category, note: '' }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  }

  return (
    <div class="kz-report">
      <select
        aria-label={t('popupCategoryLabel')}
        value={category}
        disabled={sending}
        onChange={(e) => setCategory(e.currentTarget.value as ReportCategory)}
      >
        {REPORT_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(CATEGORY_KEYS[c])}
          </option>
        ))}
      </select>
      <button type="button" data-kuzet-report={authorKey} disabled={sending || threadUrl === null} onClick={submit}>
        {t('popupReport')}
      </button>
      {error !== null && (
        <p class="kz-error" role="alert" data-kuzet-report-error={authorKey}>
          {t('popupReportFailed', [error])}
        </p>
      )}
    </div>
  );
}
