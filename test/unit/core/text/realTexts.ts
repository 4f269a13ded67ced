// Real texts for the text-module tests: distinct Russian tweets (SentiRuEval-2016) and IRA
// troll tweets from ../shared/data, at least 6 words each, in file order.
import { foldText } from '../../../../src/core/text/index.ts';
import { rows as dataRows } from '../heuristics/realData.ts';

const rows = (file: string, column: string) => dataRows<Record<string, string>>(file).map((r) => r[column] ?? '');

export function russianTweets(): string[] { return rows('ru_tweets_sentirueval2016/tweets.csv', 'text'); }

export function realTexts(count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const all = [...russianTweets(), ...rows('ira_russian_troll_tweets/tweets.csv', 'content')];
  for (const t of all) {
    const f = foldText(t);
    if (f.split(' ').length >= 6 && !seen.has(f)) { seen.add(f); out.push(t); }
    if (out.length === count) break;
  }
  return out;
}
