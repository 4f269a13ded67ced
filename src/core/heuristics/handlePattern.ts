// Signal: a handle that looks made by a machine rather than chosen by a person: a name with a
// long run of digits after it (the form sites suggest for new accounts, e.g. "Kevin07583921"),
// a site's default form ("user12345", "id123456"), a random string ("f43ca46328254f4"), or a
// handle that is just the display name run together (the form account generators fill in:
// "Sara Lopez"/"SaraLopez", "Борис Елисеев"/"BorisEliseev"). A profile calling itself a bot is
// its own signal (selfDeclaredBot.ts): it is far stronger evidence and gets its own weight.
//
// Every form has the same strength: the data shows none of them separating better than another.
// Measured on the account tables of ../shared/data (2026-11-26): "handle = name run together"
// is 58% of cresci2017 spambots but 8% of its genuine accounts, 30% vs 34% in bot_or_not and
// 11% of IRA profiles (33% of all troll/bot accounts, 13% of human ones): a hint, never proof —
// many people write their handle so. "Name + 8 digits" and the random forms are rarer in the
// bots than in the humans of this data (IRA accounts chose their handles by hand); they stay
// as checkable hints for farms that register in bulk. The fitted weight decides how much a
// hint moves the score; thresholds are chosen so a hint alone stays below "watch".
import type { AuthorKey, Signal } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { latinKey } from '../text/latinKey.ts';
import { indexContext } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';

/** 8+ digits: Twitter's suggested form is a name cut short plus 8 digits. Fewer digits are often a birth date ("Jess121178", HN's "worker767424"), so they do not count. */
const NAME_DIGITS = /^[a-z_]{2,}?(\d{8,})$/i;
const SITE_DEFAULT = /^(?:user|id|guest|anon|anonymous)[_-]?\d{3,}$/i;
/** Letters and digits changing places three or more times in a long handle: no word does that. */
const SWITCHES = /[a-z]\d|\d[a-z]/gi;

/** One strength for every form (see above). */
const STRENGTH = 0.5;

export function handlePattern(author: AuthorKey, context: ScoringContext): Signal | null {
  const comments = indexContext(context).byAuthor.get(author) ?? [];
  const withHandle = comments.find((c) => c.handle !== undefined && c.handle.trim() !== '');
  if (!withHandle) return null;
  const handle = withHandle.handle!.trim().replace(/^@/, '');
  const found = judge(handle) ?? (isNameRunTogether(handle, withHandle.displayName) ? { key: 'reasonHandleIsName', strength: STRENGTH, extra: [withHandle.displayName.trim()] } : null);
  if (!found) return null;
  return {
    id: 'handlePattern',
    strength: found.strength,
    sentence: { key: found.key, substitutions: [handle, ...found.extra] },
    evidence: evidenceOf([withHandle]),
  };
}

/** "Sara Lopez" → SaraLopez, "Борис Елисеев" → BorisEliseev: two or more name words, nothing else. */
export function isNameRunTogether(handle: string, name: string): boolean {
  const words = name.normalize('NFKC').toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 2 || words.join('').length !== name.replace(/[\s.'’-]/gu, '').length) return false;
  return latinKey(handle.toLowerCase().replace(/_/g, '')) === latinKey(words.join(''));
}

export function judge(handle: string): { key: string; strength: number; extra: string[] } | null {
  if (SITE_DEFAULT.test(handle)) return { key: 'reasonHandleDefault', strength: STRENGTH, extra: [] };
  const digits = NAME_DIGITS.exec(handle)?.[1];
  if (digits) return { key: 'reasonHandleDigits', strength: STRENGTH, extra: [String(digits.length)] };
  const digitShare = (handle.match(/\d/g)?.length ?? 0) / handle.length;
  // Mostly digits with letters mixed through (hex-like): leetspeak ("Cind3r3llaL0v3") stays out.
  if (handle.length >= 10 && /^[a-z0-9]+$/i.test(handle) && digitShare >= 0.4 && digitShare <= 0.8 && (handle.match(SWITCHES)?.length ?? 0) >= 4) {
    return { key: 'reasonHandleRandom', strength: STRENGTH, extra: [] };
  }
  return null;
}
