// Which `_locales` key names each value of the model's closed sets, in one place for the badge
// and the pages alike, so a new level, signal or category fails to compile here instead of
// showing a raw key to people.
import type { Level, ReportCategory, ReportStatus, SignalId } from './model.ts';

export const LEVEL_KEYS: Record<Exclude<Level, 'none'>, string> = {
  watch: 'levelWatch',
  suspected: 'levelSuspected',
  likely: 'levelLikely',
};

export const SIGNAL_KEYS: Record<SignalId, string> = {
  copypasta: 'signalCopypasta',
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
  accepted: 'popupReportAccepted',
  rejected: 'popupReportRejected',
};

/** A 0..1 fraction as a whole percentage, the unit every sentence shows. */
export function percent(fraction: number): string {
  return String(Math.round(Math.min(1, Math.max(0, fraction)) * 100));
}
