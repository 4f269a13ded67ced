// Signal: a handle that looks made by a machine rather than chosen by a person: a name with a
// long run of digits after it (the form sites suggest for new accounts, e.g. "Kevin07583921"),
// a site's default form ("user12345", "id123456"), or a random string ("f43ca46328254f4").
//
// Measured on the real handles in ../shared/data (2026-11-26), share of accounts matching
// "letters then 5+ digits": IRA trolls 0/2119, NBC IRA profiles 0/341, cresci2017 genuine 0.7%,
// cresci2017 spambots 0%, bot_or_not humans 1.0%, bots 1.5%. So on this data the pattern does
// NOT separate trolls from people (IRA accounts chose their names by hand); it is kept as a
// weak, checkable hint for farms that register in bulk, weighted so it never flags alone.
// Transliterated Cyrillic names as handles ("BorisEleseev" for "Борис Елисеев") are 9% of NBC
// IRA profiles and ~0% of the (English-speaking) genuine accounts, but every Russian speaker
// writes their handle so: the difference is the negatives' language, so it is not a signal.
import type { AuthorKey, Signal } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { indexContext } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';

/** 8+ digits: Twitter's suggested form is a name cut short plus 8 digits. Fewer digits are often a birth date ("Jess121178", HN's "worker767424"), so they do not count. */
const NAME_DIGITS = /^[a-z_]{2,}?(\d{8,})$/i;
const SITE_DEFAULT = /^(?:user|id|guest|anon|anonymous)[_-]?\d{3,}$/i;
/** Letters and digits changing places three or more times in a long handle: no word does that. */
const SWITCHES = /[a-z]\d|\d[a-z]/gi;

export function handlePattern(author: AuthorKey, context: ScoringContext): Signal | null {
  const comments = indexContext(context).byAuthor.get(author) ?? [];
  const withHandle = comments.find((c) => c.handle !== undefined && c.handle.trim() !== '');
  if (!withHandle) return null;
  const handle = withHandle.handle!.trim().replace(/^@/, '');
  const found = judge(handle);
  if (!found) return null;
  return {
    id: 'handlePattern',
    strength: found.strength,
    sentence: { key: found.key, substitutions: [handle, ...found.extra] },
    evidence: evidenceOf([withHandle]),
  };
}

export function judge(handle: string): { key: string; strength: number; extra: string[] } | null {
  if (SITE_DEFAULT.test(handle)) return { key: 'reasonHandleDefault', strength: 0.8, extra: [] };
  const digits = NAME_DIGITS.exec(handle)?.[1];
  if (digits) return { key: 'reasonHandleDigits', strength: 0.6, extra: [String(digits.length)] };
  const digitShare = (handle.match(/\d/g)?.length ?? 0) / handle.length;
  // Mostly digits with letters mixed through (hex-like): leetspeak ("Cind3r3llaL0v3") stays out.
  if (handle.length >= 10 && /^[a-z0-9]+$/i.test(handle) && digitShare >= 0.4 && digitShare <= 0.8 && (handle.match(SWITCHES)?.length ?? 0) >= 4) {
    return { key: 'reasonHandleRandom', strength: 0.5, extra: [] };
  }
  return null;
}
