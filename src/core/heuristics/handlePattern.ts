// Signal: a handle or profile that looks made by a machine rather than chosen by a person: a
// name with a long run of digits after it (the form sites suggest for new accounts, e.g.
// "Kevin07583921"), a site's default form ("user12345", "id123456"), a random string
// ("f43ca46328254f4"), a profile that calls itself a bot, or — weakest — a handle that is just
// the display name run together (the form account generators fill in: "Sara Lopez"/"SaraLopez").
//
// Measured on the account tables of ../shared/data (2026-11-26): "calls itself a bot" (the word
// bot/бот in the handle, name or description, "not a bot" excepted) is 236 of 1,644 troll/bot
// accounts and 14 of 3,398 human ones (most of those 14 are bots the noisy labels call human:
// "I'm a learning Bot…"); "handle = name run together" is 58% of cresci2017 spambots, 8% of its
// genuine accounts, 30% vs 34% in bot_or_not and 11% of IRA profiles: a hint, weighted as one.
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
import { latinKey } from '../text/latinKey.ts';
import { indexContext } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';

/** 8+ digits: Twitter's suggested form is a name cut short plus 8 digits. Fewer digits are often a birth date ("Jess121178", HN's "worker767424"), so they do not count. */
const NAME_DIGITS = /^[a-z_]{2,}?(\d{8,})$/i;
const SITE_DEFAULT = /^(?:user|id|guest|anon|anonymous)[_-]?\d{3,}$/i;
/** Letters and digits changing places three or more times in a long handle: no word does that. */
const SWITCHES = /[a-z]\d|\d[a-z]/gi;

/** The word bot (or бот) standing alone, or a handle part "bot" ("mcgucket_bot", "AmIRiteBot"). */
const BOT_WORD = /(?<![\p{L}\p{N}])(?:ro)?(?:bot|бот)s?(?![\p{L}])/iu;
const BOT_HANDLE = /(?:^|_|[a-z\d])(?:bot|Bot|BOT)(?:$|_|\d)/;
const NOT_BOT = /\b(?:no|not an?|not)\s+bot|не\s+бот/iu;

export function handlePattern(author: AuthorKey, context: ScoringContext): Signal | null {
  const comments = indexContext(context).byAuthor.get(author) ?? [];
  const withHandle = comments.find((c) => c.handle !== undefined && c.handle.trim() !== '');
  const withProfile = comments.find((c) => (c.account?.description ?? '').trim() !== '') ?? withHandle ?? comments[0];
  if (!withProfile) return null;
  const handle = withHandle?.handle!.trim().replace(/^@/, '') ?? '';
  const profile = { handle, name: withProfile.displayName, description: withProfile.account?.description ?? '' };
  // The strongest of what the handle alone and the whole profile show speaks for the account.
  const found = [handle !== '' ? judge(handle) : null, judgeProfile(profile)]
    .reduce((a, b) => (b && (!a || b.strength > a.strength) ? b : a), null);
  if (!found) return null;
  const evidence = found.key === 'reasonProfileBot' ? withProfile : (withHandle ?? withProfile);
  return {
    id: 'handlePattern',
    strength: found.strength,
    sentence: { key: found.key, substitutions: [handle || profile.name, ...found.extra] },
    evidence: evidenceOf([evidence]),
  };
}

export interface Profile { handle: string; name: string; description: string }

/** What the profile as a whole says: it calls itself a bot, or its handle is its name run together. */
export function judgeProfile({ handle, name, description }: Profile): { key: string; strength: number; extra: string[] } | null {
  const said = `${name}\n${description}`;
  if (!NOT_BOT.test(said) && (BOT_WORD.test(said) || BOT_HANDLE.test(handle))) {
    return { key: 'reasonProfileBot', strength: 1, extra: [] };
  }
  if (handle !== '' && isNameRunTogether(handle, name)) return { key: 'reasonHandleIsName', strength: 0.3, extra: [name.trim()] };
  return null;
}

/** "Sara Lopez" → SaraLopez, "Борис Елисеев" → BorisEliseev: two or more name words, nothing else. */
export function isNameRunTogether(handle: string, name: string): boolean {
  const words = name.normalize('NFKC').toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 2 || words.join('').length !== name.replace(/[\s.'’-]/gu, '').length) return false;
  return latinKey(handle.toLowerCase().replace(/_/g, '')) === latinKey(words.join(''));
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
