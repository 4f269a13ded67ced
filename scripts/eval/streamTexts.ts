// (b) streams, the texts: IRA troll tweets and ordinary users' texts, each with the one author
// it enters the streams under. One rule for both sides: every author brings exactly ONE text,
// because the ordinary Russian tweets carry no author (each text is its own author); a troll's
// text is picked from its tweets in a language that has ordinary texts, by a hash of its id.
import { join } from 'node:path';
import type { Dataset } from './datasets.ts';
import { statusText } from './pythonRepr.ts';
import { readCsv } from './readCsv.ts';
import { hashUnit } from './seededRandom.ts';

export type StreamLanguage = 'ru' | 'en';

export interface StreamText {
  /** Split key of the author: `ira:<handle>`, `sre:<domain>:<id>`, `bon:<handle>`. */
  key: string;
  dataset: string;
  positive: boolean;
  lang: StreamLanguage;
  text: string;
}

const IRA_LANGUAGES: Record<string, StreamLanguage> = { Russian: 'ru', English: 'en' };

/** Some IRA contents are wrapped in one pair of single quotes by the export; the tweet is inside. */
export function unwrapQuotes(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith("'") && t.endsWith("'") ? t.slice(1, -1).trim() : t;
}

/** Ordinary (non-troll) texts: SentiRuEval tweets (ru) and the latest tweets of bot-or-not humans (en). */
export function loadOrdinaryTexts(dataset: Dataset): StreamText[] {
  const name = 'streams:' + dataset.kind;
  if (dataset.kind === 'ruTweets') {
    return readCsv(join(dataset.dir, 'tweets.csv')).map((r) => ({
      key: `sre:${r['domain']}:${r['id']}`, dataset: name, positive: false, lang: 'ru' as const, text: (r['text'] ?? '').trim(),
    }));
  }
  if (dataset.kind === 'botOrNot') {
    const seen = new Set<string>();
    return readCsv(join(dataset.dir, 'accounts.csv')).flatMap((r) => {
      const key = `bon:${(r['screen_name'] ?? '').toLowerCase()}`;
      const text = statusText(r['status'] ?? '')?.trim();
      if (r['bot'] !== '0' || r['lang'] !== 'en' || !text || seen.has(key)) return [];
      seen.add(key);
      return [{ key, dataset: name, positive: false, lang: 'en' as const, text }];
    });
  }
  return [];
}

/** One tweet per IRA author, in one of `languages`, chosen by a hash of the author id. */
export function loadTrollTexts(dataset: Dataset, languages: ReadonlySet<StreamLanguage>): StreamText[] {
  if (dataset.kind !== 'ira') return [];
  const handles = new Map<string, string>();
  for (const a of readCsv(join(dataset.dir, 'accounts.csv'))) handles.set(a['author_id'] ?? '', (a['author'] ?? '').toLowerCase());
  const byAuthor = new Map<string, { lang: StreamLanguage; text: string }[]>();
  for (const t of readCsv(join(dataset.dir, 'tweets.csv'))) {
    const lang = IRA_LANGUAGES[t['language'] ?? ''];
    const text = unwrapQuotes(t['content'] ?? '');
    if (!lang || !languages.has(lang) || !text) continue;
    const id = t['author_id'] ?? '';
    const list = byAuthor.get(id) ?? [];
    list.push({ lang, text });
    byAuthor.set(id, list);
  }
  return [...byAuthor].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, tweets]) => {
    const pick = tweets[Math.floor(hashUnit('kuzet-stream-v1:' + id) * tweets.length)] ?? tweets[0]!;
    return { key: `ira:${handles.get(id) ?? id.toLowerCase()}`, dataset: 'streams:ira', positive: true, ...pick };
  });
}
