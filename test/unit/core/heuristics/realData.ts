// Real labelled rows from ../shared/data (read-only) turned into what a comment page shows, so
// every signal is checked on what troll accounts and real people actually wrote and registered.
// Rows are never edited; where a test must place them into threads, it says how.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { StoredComment } from '../../../../src/core/model.ts';
import { normalizeText } from '../../../../src/core/text/normalizeText.ts';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the page's, not Node's.
const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/');
const cache = new Map<string, unknown[]>();

/** Every row of one CSV file of ../shared/data, parsed once per test file. */
export function rows<T>(file: string): T[] {
  if (!cache.has(file)) {
    cache.set(file, parse(readFileSync(`${DATA}${file}`, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true }) as T[]);
  }
  return cache.get(file) as T[];
}

export interface IraTweet { author_id: string; content: string; publish_date: string; retweet: string }
export interface IraProfile { id: string; screen_name: string; name: string; created_at: string; description: string }
export interface Account { id: string; screen_name: string; name: string; created_at: string; description: string }
export interface CresciAccount extends Account { label: 'human' | 'bot' }
export interface BotOrNotAccount extends Account { id_str: string; bot: string; status: string }
export interface OrdinaryTweet { twitid: string; date: string; text: string }
export interface ToxicComment { comment_id: string; comments: string; toxicity: string }

/** IRA troll tweets, retweets left out (a retweet is the platform copying, not the account). */
export const iraTweets = () => rows<IraTweet>('ira_russian_troll_tweets/tweets.csv').filter((r) => r.retweet !== '1');
export interface IraAccount { author_id: string; author: string; external_author_id: string }
/** IRA accounts: `author_id` is the dataset's key (sometimes handle + id for disambiguation), `author` the real handle. */
export const iraAccounts = () => rows<IraAccount>('ira_russian_troll_tweets/accounts.csv');
export const iraProfiles = () => rows<IraProfile>('ira_russian_troll_tweets/nbc_users.csv');
export const cresciAccounts = () => rows<CresciAccount>('cresci2017_accounts/accounts.csv');
export const botOrNotAccounts = () => rows<BotOrNotAccount>('twitter_bot_or_not_accounts/accounts.csv');
export const ordinaryRuTweets = () => rows<OrdinaryTweet>('ru_tweets_sentirueval2016/tweets.csv');
export const toxicVkComments = () => rows<ToxicComment>('ru_vk_distorted_toxicity/comments.csv');

/** "2017-10-04 22:12:00" (UTC) as epoch ms. */
export const iraTime = (publishDate: string) => Date.parse(`${publishDate.replace(' ', 'T')}Z`);
/** Twitter's "Tue Jun 11 11:20:35 +0000 2013" as epoch ms. */
export const twitterTime = (createdAt: string) => Date.parse(createdAt.replace(/^\w+ (\w+) (\d+) ([\d:]+) \+0000 (\d+)$/, '$1 $2 $4 $3 UTC'));

let handles: Map<string, string> | undefined;
/** The real handle behind a dataset author_id. */
export function iraHandle(authorId: string): string {
  handles ??= new Map(iraAccounts().map((a) => [a.author_id, a.author]));
  return handles.get(authorId) ?? authorId;
}

let seq = 0;
/** One IRA tweet as a comment of `threadUrl`, keyed by its real handle. */
export function iraComment(r: IraTweet, threadUrl: string): StoredComment {
  const time = iraTime(r.publish_date);
  const n = ++seq;
  return {
    id: `x:ira${n}`,
    site: 'x',
    authorKey: `x:${r.author_id}`,
    displayName: iraHandle(r.author_id),
    handle: iraHandle(r.author_id),
    text: r.content,
    time,
    threadUrl,
    url: `https://x.com/${r.author_id}/ira${n}`,
    seenAt: time,
    seq: n,
  };
}

/**
 * One ordinary Russian tweet as a comment. The data carries no author, so each tweet is its own
 * author (the eval's rule too): `x:ordinary<twitid>`.
 */
export function ordinaryComment(r: OrdinaryTweet, threadUrl: string): StoredComment {
  const time = Number(r.date) * 1000;
  const n = ++seq;
  return {
    id: `x:ord${n}`,
    site: 'x',
    authorKey: `x:ordinary${r.twitid}`,
    displayName: `ordinary${r.twitid}`,
    text: r.text,
    time,
    threadUrl,
    url: `https://x.com/i/status/${r.twitid}`,
    seenAt: time,
    seq: n,
  };
}

/**
 * IRA tweets whose folded text contains the folded `needle` (case, punctuation, links and
 * invisible characters aside), as one thread's comments: verbatim copies as a reader sees them.
 */
export function iraFoldedCopies(needle: string, threadUrl = 'https://x.com/search'): StoredComment[] {
  const folded = normalizeText(needle);
  return iraTweets().filter((t) => normalizeText(t.content).includes(folded)).map((t) => iraComment(t, threadUrl));
}

/** IRA tweets whose text contains `needle` (case-insensitive), as one thread's comments. */
export function iraCopies(needle: string, threadUrl = 'https://x.com/search'): StoredComment[] {
  const lower = needle.toLowerCase();
  return iraTweets().filter((t) => t.content.toLowerCase().includes(lower)).map((t) => iraComment(t, threadUrl));
}
