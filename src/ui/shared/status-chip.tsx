// Where a report stands (queued, sent, in moderation, accepted, rejected), as the reader sees
// it in the popup and as a moderator sees their own decision on the moderator page.
import type { ReportStatus } from '../../core/model.ts';
import { REPORT_STATUS_KEYS } from '../../core/messageKeys.ts';
import type { Translate } from './translate.ts';

export function StatusChip({ status, t }: { status: ReportStatus; t: Translate }) {
  return (
    <span class={`kz-status kz-status-${status}`} data-kuzet-status={status}>
      {t(REPORT_STATUS_KEYS[status])}
    </span>
  );
}
