// The flagged authors of this page, strongest first, each with its level, score, reasons and
// a way to report it. Sorted here as well as in the background: the order is what a reader
// acts on, so the page does not trust it to arrive right.
import type { Report, Verdict } from '../../core/model.ts';
import { useT } from '../components/connector-context.ts';
import { LevelLabel } from '../components/level-label.tsx';
import { percent } from '../../core/messageKeys.ts';
import { ReasonList } from '../components/reason-list.tsx';
import { AuthorTools } from './author-tools.tsx';
import { ReportControl } from './report-control.tsx';

interface Props {
  flagged: readonly Verdict[];
  reports: readonly Report[];
  threadUrl: string | null;
  onQueued(report: Report): void;
  onTrusted(authorKey: string): void;
}

export function FlaggedList({ flagged, reports, threadUrl, onQueued, onTrusted }: Props) {
  const t = useT();
  const shown = flagged.filter((v) => v.level !== 'none').sort((a, b) => b.score - a.score);
  if (shown.length === 0) return <p class="kz-muted">{t('popupNoFlags')}</p>;
  return (
    <section aria-labelledby="kz-flagged-heading">
      <h2 id="kz-flagged-heading">{t('popupFlaggedHeading')}</h2>
      <ol class="kz-flagged">
        {shown.map((verdict) => (
          <li key={verdict.authorKey} data-kuzet-flagged={verdict.authorKey} data-level={verdict.level}>
            <div class="kz-author-line">
              <LevelLabel level={verdict.level} /> <strong class="kz-name">{verdict.displayName}</strong>{' '}
              <span class="kz-score kz-muted">{t('cardScore', [percent(verdict.score)])}</span>
            </div>
            <ReasonList reasons={verdict.reasons} />
            <AuthorTools verdict={verdict} onTrusted={onTrusted} />
            <ReportControl
              authorKey={verdict.authorKey}
              threadUrl={threadUrl}
              report={reports.find((r) => r.authorKey === verdict.authorKey)}
              onQueued={onQueued}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
