// Which `_locales` key names each value of the model's closed sets, in one place for the badge
// and the pages alike, so a new level, signal or category fails to compile here instead of
// showing a raw key to people.
import type { Level, ReportCategory, ReportStatus, Sentence, SignalId } from './model.ts';

export const LEVEL_KEYS: Record<Exclude<Level, 'none'>, string> = {
  watch: 'levelWatch',
  suspected: 'levelSuspected',
  likely: 'levelLikely',
};

export const SIGNAL_KEYS: Record<SignalId, string> = {
  copypasta: 'signalCopypasta',
  accountAge: 'signalAccountAge',
  handlePattern: 'signalHandlePattern',
  selfDeclaredBot: 'signalSelfDeclaredBot',
  burst: 'signalBurst',
  postRate: 'signalPostRate',
  crossThreadRepeat: 'signalCrossThreadRepeat',
  avatarReuse: 'signalAvatarReuse',
  coOccurrence: 'signalCoOccurrence',
  nameChange: 'signalNameChange',
  aggression: 'signalAggression',
  listed: 'signalListed',
};

export const CATEGORY_KEYS: Record<ReportCategory, string> = {
  coordinated: 'categoryCoordinated',
  fake: 'categoryFake',
  aggression: 'categoryAggression',
  spam: 'categorySpam',
};

export const REPORT_STATUS_KEYS: Record<ReportStatus, string> = {
  queued: 'popupQueued',
  sent: 'popupReportSent',
  moderation: 'lists_reportModeration',
  accepted: 'popupReportAccepted',
  rejected: 'popupReportRejected',
};

/**
 * A signal's weight as people read it: a logistic coefficient (weights.json), not a share, so
 * it is shown as a number with one decimal, never as a percentage.
 */
export function weightText(weight: number): string {
  return (Math.round(weight * 10) / 10).toString();
}

/** A 0..1 fraction as a whole percentage, the unit every sentence shows. */
export function percent(fraction: number): string {
  return String(Math.round(Math.min(1, Math.max(0, fraction)) * 100));
}

/** Plural suffixes every counted message family has in every locale (Russian needs all four). */
export const PLURAL_SUFFIXES = ['one', 'few', 'many', 'other'] as const;

/**
 * The message key to show for a sentence: counted sentences pick the plural form of `locale`
 * (the `pluralLocale` message of the language actually shown, so text and grammar agree).
 */
export function sentenceKey(sentence: Sentence, locale: string): string {
  if (sentence.count === undefined) return sentence.key;
  let category: string;
  try {
    category = new Intl.PluralRules(locale).select(sentence.count);
  } catch {
    category = 'other';
  }
  const suffix = (PLURAL_SUFFIXES as readonly string[]).includes(category) ? category : 'other';
  return `${sentence.key}_${suffix}`;
}
