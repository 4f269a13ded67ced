// Signal: the account says itself that it is a bot — the word bot (or бот) in its display name
// or profile description, or a handle part "bot" ("mcgucket_bot", "AmIRiteBot"). The reader can
// check it on the profile; "not a bot", "no bot" and words that merely start with bot ("botón",
// "ботаника") do not count.
//
// Measured on the account tables of ../shared/data (2026-11-26): 236 of 1,644 troll/bot
// accounts and 14 of 3,398 human ones, most of those 14 bots the noisy bot_or_not labels call
// human ("I'm a learning Bot that will slowly expand my vocabulary…"). It finds declared
// automation, not a troll farm hiding one: no IRA profile says it.
import type { AuthorKey, Signal } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { indexContext } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';

const BOT_WORD = /(?<![\p{L}\p{N}])(?:ro)?(?:bot|бот)s?(?![\p{L}])/iu;
// In a handle "bot" must stand apart — after a separator or digit, or as a capitalised part —
// so Talbot, abbot and sabot are names, not confessions.
const BOT_HANDLE = /(?:^|[_.\-\d])(?:bot|Bot|BOT)s?(?:$|[_.\-\d])|[a-z\d](?:Bot|BOT)s?(?:$|[A-Z_.\-\d])/;
const NOT_BOT = /\b(?:no|not an?|not)\s+bot|не\s+бот/iu;

export interface Profile { handle: string; name: string; description: string }

/** How the profile says it: in words (name or description), only in the handle, or not at all. */
export function howItSaysBot({ handle, name, description }: Profile): 'words' | 'handle' | null {
  const said = `${name}\n${description}`;
  if (NOT_BOT.test(said)) return null;
  // A one-word name is a nickname chosen like a handle (Habr and HN show only that), not a sentence.
  const nameIsPhrase = /\s/u.test(name.trim());
  if (BOT_WORD.test(description) || (nameIsPhrase && BOT_WORD.test(name))) return 'words';
  return BOT_HANDLE.test(handle) || BOT_HANDLE.test(name.trim()) || BOT_WORD.test(name) ? 'handle' : null;
}

export function saysItIsABot(profile: Profile): boolean {
  return howItSaysBot(profile) !== null;
}

// A handle is chosen once, often in jest: real people on real pages are called "vesper-bot"
// (Habr, test/fixtures/habr). Alone it must stay below "watch"; words in the profile count fully.
const HANDLE_ONLY_STRENGTH = 0.3;

export function selfDeclaredBot(author: AuthorKey, context: ScoringContext): Signal | null {
  const comments = indexContext(context).byAuthor.get(author) ?? [];
  // Read once per distinct profile: an author's comments nearly always show the same one.
  const said = new Map<string, 'words' | 'handle' | null>();
  // The same three strings as the comment before: its answer, without building a key.
  let last: { c: (typeof comments)[number]; how: 'words' | 'handle' | null } | undefined;
  const saysOf = (c: (typeof comments)[number]) => {
    if (last && c.handle === last.c.handle && c.displayName === last.c.displayName && c.account?.description === last.c.account?.description) return last.how;
    const how = readProfile(c);
    last = { c, how };
    return how;
  };
  const readProfile = (c: (typeof comments)[number]) => {
    const profile: Profile = { handle: (c.handle ?? '').replace(/^@/, ''), name: c.displayName, description: c.account?.description ?? '' };
    const key = `${profile.handle}\n${profile.name}\n${profile.description}`;
    let how = said.get(key);
    if (how === undefined) said.set(key, (how = howItSaysBot(profile)));
    return how;
  };
  const shown = comments.find((c) => saysOf(c) === 'words') ?? comments.find((c) => saysOf(c) !== null);
  if (!shown) return null;
  return {
    id: 'selfDeclaredBot',
    strength: saysOf(shown) === 'words' ? 1 : HANDLE_ONLY_STRENGTH,
    sentence: { key: 'reasonProfileBot', substitutions: [shown.handle?.replace(/^@/, '') || shown.displayName] },
    evidence: evidenceOf([shown]),
  };
}
