import { describe, expect, it } from 'vitest';
import { recogniseDataset } from '../../../../scripts/eval/datasets.ts';
import { loadTrollTexts, type StreamText } from '../../../../scripts/eval/streamTexts.ts';
import { formThreads } from '../../../../scripts/eval/threads.ts';
import { HEADERS, tempRoot, writeDataset } from './tinyDatasets.ts';

const text = (key: string, positive: boolean, lang: 'ru' | 'en' = 'ru'): StreamText =>
  ({ key, dataset: 'test', positive, lang, text: `text of ${key}` });

const mixed = [
  ...Array.from({ length: 30 }, (_, i) => text(`ira:troll${i}`, true)),
  ...Array.from({ length: 70 }, (_, i) => text(`sre:banks:${i}`, false)),
  ...Array.from({ length: 15 }, (_, i) => text(`bon:user${i}`, false, 'en')),
];

describe('formThreads', () => {
  it('gives every author, troll or not, exactly one comment under an opaque key with no name or handle', () => {
    const threads = formThreads(mixed, 40);
    const comments = threads.flatMap((t) => t.comments);
    expect(comments).toHaveLength(mixed.length);
    expect(new Set(comments.map((c) => c.authorKey)).size).toBe(mixed.length);
    for (const c of comments) {
      expect(c.displayName).toBe('');
      expect(c.handle).toBeUndefined();
      expect(c.account).toBeUndefined();
    }
  });

  it('forms the same threads, keys and times whichever side a text is labelled: one rule for both', () => {
    const flipped = mixed.map((t) => ({ ...t, positive: !t.positive }));
    const strip = (ts: ReturnType<typeof formThreads>) => ts.map((t) => t.comments.map((c) => [c.authorKey, c.time, c.text]));
    expect(strip(formThreads(flipped, 40))).toEqual(strip(formThreads(mixed, 40)));
  });

  it('mixes trolls and ordinary texts of one language in a thread, never two languages', () => {
    const threads = formThreads(mixed, 40);
    for (const t of threads) expect(new Set(t.texts.map((x) => x.lang)).size).toBe(1);
    const ru = threads.filter((t) => t.texts[0]?.lang === 'ru');
    expect(ru.some((t) => t.texts.some((x) => x.positive) && t.texts.some((x) => !x.positive))).toBe(true);
    expect(threads.every((t) => t.comments.length <= 40)).toBe(true);
  });

  it('is deterministic and does not depend on the order texts arrive in', () => {
    const a = formThreads(mixed, 40);
    const b = formThreads([...mixed].reverse(), 40);
    expect(b.map((t) => t.texts.map((x) => x.key))).toEqual(a.map((t) => t.texts.map((x) => x.key)));
  });
});

describe('loadTrollTexts', () => {
  it('takes ONE tweet per troll however many it posted, as each ordinary text is one author', () => {
    const root = tempRoot();
    const tweets = Array.from({ length: 30 }, (_, i) => `prolific,"'Пост номер ${i}'",Unknown,Russian,2016-01-01 10:${String(i).padStart(2, '0')}:00,2016-01-01 10:00:00,1,1,1,,0`);
    const dir = writeDataset(root, 'ira', {
      'accounts.csv': [HEADERS.iraAccounts, 'prolific,Prolific,1,Russian,NonEnglish,0,1,1,1,30,,,,,,,,30,1', 'quiet,Quiet,2,Russian,NonEnglish,0,2,1,1,1,,,,,,,,1,1'],
      'tweets.csv': [HEADERS.iraTweets, ...tweets, 'quiet,Hello there,Unknown,English,2016-01-01 10:00:00,2016-01-01 10:00:00,1,1,1,,0'],
      'nbc_users.csv': [HEADERS.nbcUsers],
    });
    const dataset = recogniseDataset(dir)!;
    const ru = loadTrollTexts(dataset, new Set(['ru']));
    expect(ru).toHaveLength(1);
    expect(ru[0]).toMatchObject({ key: 'ira:prolific', positive: true, lang: 'ru' });
    expect(ru[0]?.text).toMatch(/^Пост номер \d+$/); // the export's wrapping quotes are gone
    expect(loadTrollTexts(dataset, new Set(['ru', 'en']))).toHaveLength(2);
  });
});
