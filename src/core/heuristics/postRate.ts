// Signal: an author posting faster than a person keeps up, 72 posts a day or more sustained
// (the rate the Oxford Internet Institute's Computational Propaganda project used as its bot
// threshold: Howard & Kollanyi 2016, "Bots, #StrongerIn, and #Brexit", arXiv:1606.06356).
// Only comments the page dates count; a handful of replies in an hour is a conversation.
import type { AuthorKey, Signal } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { indexContext } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';

export const RATE_PER_DAY = 72;
/** Fewer dated comments than this are no rate at all. */
export const MIN_COMMENTS = 6;
/** A span shorter than this (a quick exchange) is not stretched into a daily rate. */
const MIN_SPAN_MS = 2 * 3_600_000;
const DAY_MS = 86_400_000;

export function postRate(author: AuthorKey, context: ScoringContext): Signal | null {
  const dated = (indexContext(context).byAuthor.get(author) ?? []).filter((c) => c.time !== undefined);
  if (dated.length < MIN_COMMENTS) return null;
  const first = dated[0]!.time!;
  const last = dated[dated.length - 1]!.time!;
  const span = Math.max(last - first, MIN_SPAN_MS);
  const perDay = ((dated.length - 1) / span) * DAY_MS;
  if (perDay < RATE_PER_DAY) return null;
  const hours = Math.max(1, Math.round((last - first) / 3_600_000));
  return {
    id: 'postRate',
    // 72 a day is the threshold (0.5); four times that is as strong as this signal gets.
    strength: Math.min(1, 0.5 + 0.25 * Math.log2(perDay / RATE_PER_DAY)),
    sentence: { key: 'reasonPostRate', substitutions: [String(dated.length), String(hours), String(Math.round(perDay))], count: dated.length },
    evidence: evidenceOf(dated),
  };
}
