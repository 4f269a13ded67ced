// selfDeclaredBot on real profiles of ../shared/data: bots that say so get the reason with the
// comment that shows the profile; people who write "no bot" or words starting with "bot" do not.
import { describe, expect, it } from 'vitest';
import { saysItIsABot, selfDeclaredBot } from '../../../../src/core/heuristics/selfDeclaredBot.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { botOrNotAccounts, cresciAccounts, iraProfiles } from './realData.ts';

const profileOf = (a: { screen_name: string; name: string; description: string }) => ({ handle: a.screen_name, name: a.name, description: a.description });
const accountNamed = <T extends { screen_name: string }>(list: T[], handle: string): T => {
  const found = list.find((a) => a.screen_name === handle);
  if (!found) throw new Error(`no account ${handle} in the data`);
  return found;
};
const commentBy = (a: { screen_name: string; name: string; description: string }): StoredComment => ({
  id: `x:${a.screen_name}:1`, site: 'x', authorKey: `x:${a.screen_name}`, displayName: a.name, handle: a.screen_name,
  text: 'a comment', threadUrl: 'https://x.com/search', seenAt: 0, seq: 1, account: { description: a.description },
});

describe('selfDeclaredBot on real profiles', () => {
  it.each(['mcgucket_bot' /* "A bot that tweets every line said by…" */, 'AmIRiteBot'])('%s (bot_or_not, a bot) says it is a bot', (handle) => {
    const bot = accountNamed(botOrNotAccounts(), handle);
    const comment = commentBy(bot);
    const signal = selfDeclaredBot(comment.authorKey, { comments: [comment], trusted: new Set() });
    expect(signal).toMatchObject({ id: 'selfDeclaredBot', strength: 1, sentence: { key: 'reasonProfileBot', substitutions: [handle] } });
    expect(signal?.evidence.commentIds).toEqual([comment.id]);
  });

  it('"no bot" in a real human profile is no reason, nor is a word merely starting with bot', () => {
    expect(saysItIsABot(profileOf(accountNamed(botOrNotAccounts(), 'LiquidNewsroom')))).toBe(false); // "LIVE Tweets, no bot"
    expect(saysItIsABot(profileOf(accountNamed(cresciAccounts(), 'Tization')))).toBe(false); // "…Ahí tienes el botón…"
    expect(saysItIsABot({ handle: 'anna', name: 'Анна', description: 'ботаника и сад' })).toBe(false);
    expect(saysItIsABot({ handle: 'anna', name: 'Анна', description: 'я не бот' })).toBe(false);
  });

  it('says "bot" for fewer than 1% of genuine cresci2017 accounts, no IRA profile, and over 30% of bot_or_not bot rows', () => {
    const humans = cresciAccounts().filter((a) => a.label === 'human');
    expect(humans.filter((a) => saysItIsABot(profileOf(a))).length / humans.length).toBeLessThan(0.01);
    expect(iraProfiles().filter((a) => saysItIsABot(profileOf(a)))).toEqual([]);
    const bots = botOrNotAccounts().filter((a) => a.bot === '1');
    expect(bots.filter((a) => saysItIsABot(profileOf(a))).length / bots.length).toBeGreaterThan(0.3);
  });
});

describe('selfDeclaredBot on handles alone', () => {
  it.each([['mcgucket_bot', true], ['AmIRiteBot', true], ['news_bot_42', true], ['Talbot', false], ['abbot', false], ['sabotage', false], ['Robotics', false]])('%s → %s', (handle, said) => {
    expect(saysItIsABot({ handle, name: '', description: '' })).toBe(said);
  });
});

describe('selfDeclaredBot from a nickname alone', () => {
  // Habr shows only a nickname; "vesper-bot" is a real person in test/fixtures/habr (2018).
  it('a nickname with "bot" is a weak reason, words in the profile a full one', () => {
    const nick = (name: string, description = ''): StoredComment => ({
      id: 'habr:1', site: 'habr', authorKey: 'habr:vesper-bot', displayName: name, handle: 'vesper-bot',
      text: 'a comment', threadUrl: 'https://habrahabr.ru/post/354052/', seenAt: 0, seq: 1, account: { description },
    });
    const weak = selfDeclaredBot('habr:vesper-bot', { comments: [nick('vesper-bot')], trusted: new Set() });
    const full = selfDeclaredBot('habr:vesper-bot', { comments: [nick('vesper-bot', 'I am a bot posting news')], trusted: new Set() });
    expect(weak?.strength).toBeLessThan(0.5);
    expect(full?.strength).toBe(1);
  });
});
