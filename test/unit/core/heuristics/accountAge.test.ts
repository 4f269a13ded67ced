// Account age on real accounts: Twitter ids decode to the creation date the profile states, IRA
// accounts that tweeted soon after they were made are flagged with the right day count, and
// genuine accounts tweeting years after they joined get no reason.
import { describe, expect, it } from 'vitest';
import { accountAge } from '../../../../src/core/heuristics/accountAge.ts';
import { createdAtFromId } from '../../../../src/core/heuristics/accountIdDate.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { botOrNotAccounts, iraComment, iraProfiles, iraTweets, twitterTime } from './realData.ts';

const DAY = 86_400_000;
const context = (comments: StoredComment[]) => ({ comments, trusted: new Set<string>() });

describe('Twitter snowflake ids → creation date', () => {
  it('decodes the NBC IRA profile 748870305280647168 to its stated creation, Fri Jul 01 13:26:09 2016', () => {
    expect(Math.abs(createdAtFromId('x', '748870305280647168')! - Date.UTC(2016, 6, 1, 13, 26, 9))).toBeLessThan(1000);
  });

  it('agrees with created_at for every snowflake id in the NBC IRA profiles and bot_or_not accounts', () => {
    const accounts = [...iraProfiles(), ...botOrNotAccounts().map((a) => ({ ...a, id: a.id_str }))].filter((a) => /^\d{11,20}$/.test(a.id) && Number.isFinite(twitterTime(a.created_at)));
    expect(accounts.length).toBeGreaterThan(20);
    for (const a of accounts) expect(Math.abs(createdAtFromId('x', a.id)! - twitterTime(a.created_at)), a.id).toBeLessThan(1000);
  });

  it('refuses sequential (pre-snowflake) ids and other sites', () => {
    expect(createdAtFromId('x', '4036537452')).toBeNull(); // NBC profile 4MySquad, created 2015 with an old-style id
    expect(createdAtFromId('vk', '748870305280647168')).toBeNull();
  });
});

describe('accountAge on IRA accounts that tweeted soon after they were made', () => {
  const tweetsBy = new Map<string, ReturnType<typeof iraTweets>>();
  for (const t of iraTweets()) tweetsBy.set(t.author_id.toLowerCase(), [...(tweetsBy.get(t.author_id.toLowerCase()) ?? []), t]);
  const young = iraProfiles().flatMap((p) => {
    const tweets = tweetsBy.get(p.screen_name.toLowerCase());
    if (!tweets) return [];
    const comments = tweets.map((t) => ({ ...iraComment(t, 'https://x.com/search'), account: { joinedAt: twitterTime(p.created_at) } }));
    const first = Math.min(...comments.map((c) => c.time!));
    const days = Math.floor((first - twitterTime(p.created_at)) / DAY);
    return days >= 0 && days < 365 ? [{ handle: p.screen_name, comments, days }] : [];
  });

  it('finds real young accounts in the data', () => expect(young.length).toBeGreaterThan(5));

  it('cites no age when the tweets are older than the stated creation date (IRA Blk_Voice: 894 days before)', () => {
    const profile = iraProfiles().find((p) => p.screen_name === 'Blk_Voice')!;
    const comments = iraTweets().filter((t) => t.author_id === 'Blk_Voice').map((t) => ({ ...iraComment(t, 'https://x.com/search'), account: { joinedAt: twitterTime(profile.created_at) } }));
    expect(comments.length).toBeGreaterThan(0);
    expect(accountAge('x:Blk_Voice', context(comments), Date.UTC(2026, 0, 1))).toBeNull();
  });

  it('flags each with its age in days at its first tweet', () => {
    for (const { handle, comments, days } of young) {
      const signal = accountAge(comments[0]!.authorKey, context(comments), Date.UTC(2026, 0, 1));
      expect(signal?.sentence, handle).toMatchObject({ key: 'reasonAccountAge', substitutions: [String(days)], count: days });
      expect(signal!.strength).toBeGreaterThan(0);
      expect(signal!.evidence.commentIds).toHaveLength(1);
    }
  });
});

describe('accountAge on genuine bot_or_not accounts', () => {
  it('gives no reason to people whose latest tweet came years after they joined', () => {
    const humans = botOrNotAccounts().filter((a) => a.bot === '0' && /'created_at': '([^']+)'/.test(a.status)).slice(0, 200);
    expect(humans.length).toBeGreaterThan(50);
    let old = 0;
    for (const a of humans) {
      const tweeted = twitterTime(/'created_at': '([^']+)'/.exec(a.status)![1]!);
      const comment: StoredComment = {
        id: `x:${a.id_str}`, site: 'x', authorKey: `x:${a.id_str}`, displayName: a.name, text: 'latest tweet',
        time: tweeted, threadUrl: 'https://x.com/search', seenAt: tweeted, seq: 1, account: { joinedAt: twitterTime(a.created_at) },
      };
      if (!Number.isFinite(tweeted) || !(tweeted - twitterTime(a.created_at) >= 365 * DAY)) continue;
      old++;
      expect(accountAge(comment.authorKey, context([comment]), tweeted), a.screen_name).toBeNull();
    }
    expect(old).toBeGreaterThan(50);
  });
});
