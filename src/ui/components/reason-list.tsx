// Why an author was flagged: each reason's sentence in the reader's language, the signal that
// produced it, its strength and weight, and links to the comments it is about, so every flag
// can be checked by a person (DESIGN.md "Verdicts").
import type { Reason } from '../../core/model.ts';
import { useT } from './connector-context.ts';
import { SIGNAL_KEYS, percent, sentenceKey, weightText } from '../../core/messageKeys.ts';
import { safeHttpUrl } from '../../core/safeHttpUrl.ts';

export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const t = useT();
  return (
    <ul class="kz-reasons">
      {reasons.map((reason, i) => (
        <li key={`${reason.id}-${i}`} data-kuzet-reason={reason.id}>
          <span class="kz-signal">{t(SIGNAL_KEYS[reason.id])}</span>{' '}
          <span class="kz-sentence">{t(sentenceKey(reason.sentence, t('pluralLocale')), reason.sentence.substitutions)}</span>{' '}
          <span class="kz-strength">{t('cardStrength', [percent(reason.strength), weightText(reason.weight)])}</span>
          <EvidenceLinks urls={reason.evidence.urls} />
        </li>
      ))}
    </ul>
  );
}

function EvidenceLinks({ urls }: { urls: readonly string[] }) {
  const t = useT();
  const safe = urls.map((url) => safeHttpUrl(url)).filter((url): url is string => url !== null);
  if (safe.length === 0) return null;
  return (
    <span class="kz-evidence">
      {safe.map((url, i) => (
        <a key={url} href={url} target="_blank" rel="noopener noreferrer">
          {t('cardEvidence', [String(i + 1)])}
        </a>
      ))}
    </span>
  );
}
