// Why an author was flagged: each reason's sentence in the reader's language, the signal that
// produced it, its strength and weight, and links to the comments it is about, so every flag
// can be checked by a person (DESIGN.md "Verdicts").
import type { Reason } from '../../core/model.ts';
import { useT } from './connector-context.ts';
import { SIGNAL_KEYS, percent, sentenceKey, weightText } from '../../core/messageKeys.ts';
import { EvidenceLinks } from '../shared/evidence.tsx';

export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const t = useT();
  return (
    <ul class="kz-reasons">
      {reasons.map((reason, i) => (
        <li key={`${reason.id}-${i}`} data-kuzet-reason={reason.id}>
          <span class="kz-signal">{t(SIGNAL_KEYS[reason.id])}</span>{' '}
          <span class="kz-sentence">{t(sentenceKey(reason.sentence, t('pluralLocale')), reason.sentence.substitutions)}</span>{' '}
          <span class="kz-strength">{t('cardStrength', [percent(reason.strength), weightText(reason.weight)])}</span>
          <EvidenceLinks urls={reason.evidence.urls} t={t} />
        </li>
      ))}
    </ul>
  );
}
