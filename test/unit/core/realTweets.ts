// Loads real labelled tweets from ../shared/data (read-only) as thread comments, so the
// heuristics are checked against what troll accounts actually posted, not invented examples.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { StoredComment } from '../../../src/core/model.ts';
import { normalizeText } from '../../../src/core/text/normalizeText.ts';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));

interface TweetRow { author_id: string; content: string; publish_date: string; retweet: string }

let cache: TweetRow[] | undefined;
function iraRows(): TweetRow[] {
  cache ??= parse(readFileSync(`${DATA}ira_russian_troll_tweets/tweets.csv`, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
  }) as TweetRow[];
  return cache;
}

/** IRA tweets (no retweets) whose folded content contains `needle`, as one thread's comments. */
export function iraThread(needle: string): StoredComment[] {
  const folded = normalizeText(needle);
  return iraRows()
    .filter((r) => r.retweet !== '1' && normalizeText(r.content).includes(folded))
    .map((r, seq) => {
      const time = Date.parse(`${r.publish_date.replace(' ', 'T')}Z`);
      return {
        id: `x:${seq}`,
        site: 'x',
        authorKey: `x:${r.author_id}`,
        displayName: r.author_id,
        text: r.content,
        time,
        threadUrl: 'https://x.com/search',
        url: `https://x.com/${r.author_id}`,
        seenAt: time,
        seq,
      };
    });
}
