// Recognises a dataset folder by the files it holds and their columns, never by its name, so
// `--data DIR` works on any copy laid out like one folder of ../shared/data (e.g. a held-out part).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readHeader } from './readCsv.ts';

export const DATASET_KINDS = ['cresci', 'botOrNot', 'ira', 'ruTweets', 'vkToxicity'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export interface Dataset {
  kind: DatasetKind;
  dir: string;
  /** The data files this kind reads, relative to `dir`. */
  files: string[];
}

/** Which files, with which columns, make each kind (the columns the loaders read). */
const SIGNATURES: ReadonlyArray<{ kind: DatasetKind; files: Record<string, string[]> }> = [
  { kind: 'ira', files: {
    'tweets.csv': ['author_id', 'content', 'language', 'publish_date'],
    'accounts.csv': ['author_id', 'author', 'account_category', 'src_latest_tweet_datetime'],
    'nbc_users.csv': ['screen_name', 'name', 'description', 'created_at'],
  } },
  { kind: 'cresci', files: { 'accounts.csv': ['cresci_group', 'label', 'id', 'name', 'screen_name', 'description', 'created_at', 'crawled_at'] } },
  { kind: 'botOrNot', files: { 'accounts.csv': ['id', 'screen_name', 'description', 'created_at', 'status', 'name', 'bot'] } },
  { kind: 'ruTweets', files: { 'tweets.csv': ['domain', 'id', 'date', 'text'] } },
  { kind: 'vkToxicity', files: { 'comments.csv': ['comment_id', 'comments', 'toxicity'] } },
];

/** The kind of one folder, or null when its files match no known dataset (e.g. unicode_confusables). */
export function recogniseDataset(dir: string): Dataset | null {
  for (const { kind, files } of SIGNATURES) {
    const matches = Object.entries(files).every(([file, columns]) => {
      const path = join(dir, file);
      if (!existsSync(path)) return false;
      const header = new Set(readHeader(path));
      return columns.every((c) => header.has(c));
    });
    if (matches) return { kind, dir, files: Object.keys(files) };
  }
  return null;
}

/** Every recognised dataset directly inside `root` (the default: all of ../shared/data), in name order. */
export function datasetsIn(root: string): Dataset[] {
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap((path) => recogniseDataset(path) ?? []);
}
