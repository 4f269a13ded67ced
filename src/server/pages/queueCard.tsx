// One queued account for moderators: who reported it with what record, the evidence they
// attached, the brigade and protection warnings, and the accept/reject choice with a reason.
// Built from the shared ui pieces the popup uses for categories and evidence.
import { CategoryLabel } from '../../ui/shared/category-label.tsx';
import { EvidenceQuotes } from '../../ui/shared/evidence.tsx';
import { ReasonedChoice } from '../../ui/shared/reasoned-choice.tsx';
import type { Translate } from '../../ui/shared/translate.ts';
import type { QueueItem } from './schemas.ts';

export type Decision = 'accept' | 'reject';

export function QueueCard({ item, t, decide }: { item: QueueItem; t: Translate; decide: (decision: Decision, reason: string) => void }) {
  return (
    <section class="kz-card" data-kuzet-target={item.authorKey} aria-labelledby={`kz-t-${item.keyHash}`}>
      <h3 id={`kz-t-${item.keyHash}`}>
        {item.displayName} <code>{item.authorKey}</code> <CategoryLabel category={item.category} t={t} />
      </h3>
      {item.possibleBrigade && (
        <p class="kz-warning" data-kuzet-brigade>
          {t('server_possibleBrigade')}
        </p>
      )}
      {item.protectedAccount && <p class="kz-warning">{t('server_protectedAccount')}</p>}
      <p data-kuzet-summary>{t('server_targetSummary', [String(item.reports.length), String(item.units), item.score.toFixed(2)])}</p>
      <h4>{t('server_evidence')}</h4>
      <ul class="kz-reports">
        {item.reports.map((r) => (
          <li key={r.id} data-kuzet-reporter={r.reporter.key}>
            <span data-kuzet-record>
              {t('server_reporterRecord', [r.reporter.key.slice(0, 8), String(r.reporter.confirmed), String(r.reporter.rejected), r.reporter.weight.toFixed(2)])}
            </span>{' '}
            <CategoryLabel category={r.category} t={t} />
            {r.note && <p>{r.note}</p>}
            <EvidenceQuotes comments={r.evidence} t={t} />
          </li>
        ))}
      </ul>
      <ReasonedChoice
        id={`kz-reason-${item.keyHash}`}
        label={t('server_reasonLabel')}
        choices={[
          { value: 'accept', label: t('server_accept') },
          { value: 'reject', label: t('server_reject') },
        ]}
        onChoose={decide}
      />
    </section>
  );
}
