import { describe, expect, it } from 'vitest';
import { datasetsIn, recogniseDataset } from '../../../../scripts/eval/datasets.ts';
import { HEADERS, tempRoot, writeDataset } from './tinyDatasets.ts';

describe('recogniseDataset', () => {
  it('knows a folder by its files and columns, whatever the folder is called', () => {
    const root = tempRoot();
    const ira = writeDataset(root, 'part-b-1', {
      'accounts.csv': [HEADERS.iraAccounts],
      'tweets.csv': [HEADERS.iraTweets],
      'nbc_users.csv': [HEADERS.nbcUsers],
    });
    const ru = writeDataset(root, 'whatever', { 'tweets.csv': [HEADERS.ruTweets, 'banks,1,6157,1435636925,текст,rshb=0'] });
    const vk = writeDataset(root, 'x', { 'comments.csv': [HEADERS.vk] });
    expect(recogniseDataset(ira)?.kind).toBe('ira');
    expect(recogniseDataset(ru)?.kind).toBe('ruTweets');
    expect(recogniseDataset(vk)?.kind).toBe('vkToxicity');
  });

  it('does not take an IRA folder missing a file, or a tweets.csv with other columns, for a dataset', () => {
    const root = tempRoot();
    const partial = writeDataset(root, 'ira_russian_troll_tweets', { 'accounts.csv': [HEADERS.iraAccounts], 'tweets.csv': [HEADERS.iraTweets] });
    const other = writeDataset(root, 'ru_tweets_sentirueval2016', { 'tweets.csv': ['id,text'] });
    expect(recogniseDataset(partial)).toBeNull();
    expect(recogniseDataset(other)).toBeNull();
  });

  it('finds every dataset under a root in name order and skips unknown folders', () => {
    const root = tempRoot();
    writeDataset(root, 'b', { 'comments.csv': [HEADERS.vk] });
    writeDataset(root, 'a', { 'tweets.csv': [HEADERS.ruTweets] });
    writeDataset(root, 'unicode', { 'confusables.txt': ['# nothing'] });
    expect(datasetsIn(root).map((d) => d.kind)).toEqual(['ruTweets', 'vkToxicity']);
  });
});
