// Reporting one author: a category (coordinated unless the reader picks another), what the
// reader noticed in their own words, and a button that queues the report; the background
// attaches the evidence (the author's comments here, their URLs and times). Afterwards, or if
// a report already exists, its status.
import { useState } from 'preact/hooks';
import { REPORT_CATEGORIES, type Report, type ReportCategory } from '../../core/model.ts';
import { useConnector } from '../components/connector-context.ts';
import { ReportConsent } from './report-consent.tsx';
import { CATEGORY_KEYS } from '../../core/messageKeys.ts';
import { StatusChip } from '../shared/status-chip.tsx';

interface Props {
  authorKey: string;
  /** Null when Kuzet read no thread: a report needs one to point at. */
  threadUrl: string | null;
  /** The newest existing report about this author, if any. */
  report: Report | undefined;
  onQueued(report: Report): void;
}

export function ReportControl({ authorKey, threadUrl, report, onQueued }: Props) {
  const { t, enqueueReport, requestDataConsent, lists } = useConnector();
  const [category, setCategory] = useState<ReportCategory>('coordinated');
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (report) {
    return (
      <>
        <p class="kz-report-status kz-ok" data-kuzet-report-status={report.status}>
          <StatusChip status={report.status} t={t} />
        </p>
        {report.status === 'queued' && <ReportConsent authorKey={authorKey} />}
      </>
    );
  }

  async function submit() {
    if (threadUrl === null) return;
    // Firefox's data consent is asked inside this click, before any await (report-consent.tsx
    // says why when refused). The report is queued at once, not after the answer: Firefox's
    // doorhanger may stay unanswered while the popup closes, and the report must not be lost.
    const consent = requestDataConsent?.() ?? Promise.resolve(true);
    setSending(true);
    setError(null);
    try {
      onQueued(await enqueueReport({ authorKey, threadUrl, category, note: note.trim() }));
      // Allowed: send it now rather than at the next alarm.
      void consent.then((allowed) => (allowed ? lists?.refresh() : undefined)).catch(() => undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  }

  return (
    <div class="kz-report" role="group" aria-label={t('popupReportGroup')}>
      <textarea
        rows={2}
        maxLength={2000}
        value={note}
        disabled={sending}
        placeholder={t('popupReportNotePlaceholder')}
        aria-label={t('popupReportNoteLabel')}
        data-kuzet-report-note={authorKey}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
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
      <p class="kz-muted kz-evidence-note">{t('popupEvidenceAttached')}</p>
      {error !== null && (
        <p class="kz-error" role="alert" data-kuzet-report-error={authorKey}>
          {t('popupReportFailed', [error])}
        </p>
      )}
    </div>
  );
}
