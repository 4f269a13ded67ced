// Reports still waiting for the list server, so a reader sees that their report was kept
// even while offline. Hidden when nothing waits.
import type { Report } from '../../core/model.ts';
import { useT } from '../components/connector-context.ts';
import { CategoryLabel } from '../shared/category-label.tsx';

export function QueueList({ reports }: { reports: readonly Report[] }) {
  const t = useT();
  const waiting = reports.filter((r) => r.status === 'queued');
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="kz-queue-heading" data-kuzet-popup="queue">
      <h2 id="kz-queue-heading">{t('popupQueueHeading')}</h2>
      <ul class="kz-queue">
        {waiting.map((report) => (
          <li key={report.id} data-kuzet-queued={report.authorKey}>
            <strong>{report.displayName}</strong> <CategoryLabel category={report.category} t={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}
