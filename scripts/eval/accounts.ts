// (a) accounts: one row per labelled account with only what a comment page can show beside a
// comment — handle, display name, description, creation date — and the time the account was
// seen active, which stands in for "when the page was read" (see eval.md "How rows are formed").
import { join } from 'node:path';
import type { Dataset } from './datasets.ts';
import { statusCreatedAt } from './pythonRepr.ts';
import { readCsv, type Row } from './readCsv.ts';
import { parseTwitterDate } from './twitterDate.ts';

export interface AccountRow {
  /** Split key, unique per account: `<source>:<id or lower-case handle>`. */
  key: string;
  dataset: string;
  positive: boolean;
  handle: string;
  displayName: string;
  description: string;
  joinedAt: number;
  /** When the account was seen active: its latest post where the data has one, else the crawl. */
  seenAt: number;
}

function account(key: string, dataset: string, positive: boolean, r: Row, seenAt: number | undefined): AccountRow[] {
  const joinedAt = parseTwitterDate(r['created_at']);
  // Without a sighting time no page could have shown it; without a creation date it is not one
  // of "the accounts with dates" (a) asks for. The same rule for every table.
  if (seenAt === undefined || joinedAt === undefined) return [];
  return [{
    key, dataset, positive, seenAt, joinedAt,
    handle: r['screen_name'] ?? '',
    displayName: r['name'] ?? '',
    description: r['description'] ?? '',
  }];
}

/** Labelled accounts of one dataset; kinds without account tables give none. */
export function loadAccounts(dataset: Dataset): AccountRow[] {
  const name = 'accounts:' + dataset.kind;
  switch (dataset.kind) {
    case 'cresci':
      // crawled_at: when the dataset authors collected the profile (2015).
      return readCsv(join(dataset.dir, 'accounts.csv')).flatMap((r) =>
        account(`cresci:${r['id']}`, name, r['label'] === 'bot', r, parseTwitterDate(r['crawled_at'])),
      );
    case 'botOrNot': {
      // The source repeats accounts; one row per handle. Its latest tweet dates the sighting.
      const seen = new Set<string>();
      return readCsv(join(dataset.dir, 'accounts.csv')).flatMap((r) => {
        const key = `bon:${(r['screen_name'] ?? '').toLowerCase()}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return account(key, name, r['bot'] === '1', r, parseTwitterDate(statusCreatedAt(r['status'] ?? '')));
      });
    }
    case 'ira': {
      // NBC profiles joined to the troll list on the handle; the troll's latest tweet dates it.
      const latest = new Map<string, number | undefined>();
      for (const a of readCsv(join(dataset.dir, 'accounts.csv'))) {
        latest.set((a['author'] ?? '').toLowerCase(), parseTwitterDate(a['src_latest_tweet_datetime']));
      }
      return readCsv(join(dataset.dir, 'nbc_users.csv')).flatMap((r) => {
        const handle = (r['screen_name'] ?? '').toLowerCase();
        return account(`ira:${handle}`, name, true, r, latest.get(handle));
      });
    }
    default:
      return [];
  }
}
