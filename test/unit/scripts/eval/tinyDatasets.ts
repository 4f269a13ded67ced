// Writes tiny dataset folders for the eval's tests into a temp directory: the real column
// headers of ../shared/data (copied from its files) and a few rows written here for the test.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HEADERS = {
  iraAccounts: 'author_id,author,external_author_id,account_type,account_category,new_june_2018,congress_2017_id,in_congress_2017,in_congress_2018,src_tweet_count,src_earliest_tweet_datetime,src_latest_tweet_datetime,src_following_minimum,src_following_maximum,src_followers_minimum,src_followers_maximum,src_retweet_count,sampled_tweets,tweet_file_available',
  iraTweets: 'author_id,content,region,language,publish_date,harvested_date,following,followers,updates,post_type,retweet',
  nbcUsers: 'id,location,name,followers_count,statuses_count,time_zone,verified,lang,screen_name,description,created_at,favourites_count,friends_count,listed_count',
  ruTweets: 'domain,id,twitid,date,text,sentiment_by_entity',
  vk: 'comment_id,source,comments,distortion,toxicity,corrected',
};

export function tempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'kuzet-eval-'));
}

export function writeDataset(root: string, folder: string, files: Record<string, string[]>): string {
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), lines.join('\n') + '\n');
  return dir;
}
