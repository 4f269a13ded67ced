// The hover/focus card: why an author was flagged, one entry per reason with its evidence.
// Every string comes from the page or the background, so all of it goes in via textContent;
// no HTML is ever parsed from data.
import { SIGNAL_KEYS, percent, sentenceKey, weightText } from '../../core/messageKeys.ts';
import type { Reason, Verdict } from '../../core/model.ts';
import { safeHttpUrl } from '../../core/safeHttpUrl.ts';
import type { Translate } from '../i18n.ts';

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderReason(doc: Document, reason: Reason, t: Translate): HTMLLIElement {
  const item = element(doc, 'li');
  item.append(element(doc, 'span', t(SIGNAL_KEYS[reason.id]), 'signal'), ' ');
  item.append(element(doc, 'span', t(sentenceKey(reason.sentence, t('pluralLocale')), reason.sentence.substitutions)));
  item.append(element(doc, 'div', t('cardStrength', [percent(reason.strength), weightText(reason.weight)]), 'muted'));
  const links = element(doc, 'div');
  reason.evidence.urls.forEach((raw, index) => {
    const href = safeHttpUrl(raw);
    if (!href) return;
    const link = element(doc, 'a', t('cardEvidence', [String(index + 1)]));
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    links.append(link);
  });
  if (links.childElementCount > 0) item.append(links);
  return item;
}

/** Fills `card` (emptied first) with the explanation of `verdict`. */
export function renderCard(card: HTMLElement, verdict: Verdict, t: Translate): void {
  const doc = card.ownerDocument;
  card.replaceChildren(
    element(doc, 'h2', t('cardTitle', [verdict.displayName])),
    element(doc, 'p', t('cardScore', [percent(verdict.score)]), 'muted'),
  );
  const list = element(doc, 'ul');
  for (const reason of verdict.reasons) list.append(renderReason(doc, reason, t));
  card.append(list, element(doc, 'p', t('cardHint'), 'muted'));
}
