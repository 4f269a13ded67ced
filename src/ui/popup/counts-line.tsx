// The first thing the popup says: how much of this page Kuzet has read, or that it read
// nothing (an unsupported site, or a page still loading), so an empty list is never ambiguous.
import type { TabSummary } from '../connect/connector.ts';
import { useT } from '../components/connector-context.ts';

export function CountsLine({ summary }: { summary: TabSummary }) {
  const t = useT();
  const text =
    summary.threadUrl === null || summary.comments === 0
      ? t('popupNothingRead')
      : t('popupCounts', [String(summary.comments), String(summary.authors)]);
  return (
    <p class="kz-counts" data-kuzet-popup="counts">
      {text}
    </p>
  );
}
