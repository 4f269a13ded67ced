// Signal: the account was created shortly before it commented (seed reports: troll farms run
// freshly made accounts around elections). The creation date comes from the join date the page
// shows or from an account id that encodes it (accountIdDate.ts); age is measured at the
// author's earliest comment here, so an old thread does not make its posters look old.
import type { AuthorKey, Signal } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { indexContext, postedAt } from './contextIndex.ts';
import { createdAtFromId } from './accountIdDate.ts';
import { evidenceOf } from './evidence.ts';

const DAY_MS = 86_400_000;
/** Older than this at posting time, the account's age says nothing. */
export const MAX_AGE_DAYS = 365;

export function accountAge(author: AuthorKey, context: ScoringContext, now: number): Signal | null {
  const comments = indexContext(context).byAuthor.get(author) ?? [];
  const first = comments[0];
  if (!first) return null;
  const created = comments.map((c) => c.account?.joinedAt ?? createdAtFromId(c.site, c.account?.numericId)).find((t) => typeof t === 'number');
  if (typeof created !== 'number' || !Number.isFinite(created)) return null;
  const postedOn = Math.min(postedAt(first), now);
  // A comment older than the account's stated creation means the date is not this account's
  // (a handle passed on, a re-registered account): no age can be cited then. Real case: IRA
  // handle Blk_Voice tweeted 894 days before the creation date NBC's profile gives.
  if (postedOn < created - DAY_MS) return null;
  const days = Math.max(0, Math.floor((postedOn - created) / DAY_MS));
  if (days >= MAX_AGE_DAYS) return null;
  return {
    id: 'accountAge',
    // Logarithmic: a day-old account is far stranger than a month-old one; a year is nothing.
    strength: 1 - Math.log1p(days) / Math.log1p(MAX_AGE_DAYS),
    sentence: { key: 'reasonAccountAge', substitutions: [String(days)], count: days },
    evidence: evidenceOf([first]),
  };
}
