// Real texts for the text-module tests: distinct Russian tweets (SentiRuEval-2016) and IRA
// troll tweets from ../shared/data, at least 6 words each, in file order.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { foldText } from '../../../../src/core/text/index.ts';

const DATA = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
const rows = (file: string, column: string) =>
  (parse(readFileSync(DATA + file, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[])
    .map((r) => r[column] ?? '');

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
