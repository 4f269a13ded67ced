// A made-up collection for the export tests (not a page: records as the background stores them):
// two threads, a brigade of four accounts replaying one text in both, and authors whose names
// and texts carry everything that breaks naive CSV and XML writers (commas, quotes, CR/LF,
// markup, control characters, a lone surrogate, Cyrillic, Kazakh and emoji). Verdicts come from
// the real scorer, so the export is tested on what Kuzet would really hold.
import { DEFAULT_WEIGHTS } from '../../../../src/core/heuristics/weights.ts';
import { scoreThread } from '../../../../src/core/heuristics/scoreThread.ts';
import type { ExportInput } from '../../../../src/core/export/exportInput.ts';
import type { Author, StoredComment } from '../../../../src/core/model.ts';

export const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const threadA = 'https://news.example.kz/article/1';
const threadB = 'https://news.example.kz/article/2';
export const HOSTILE_NAME = 'Ann, "the" <b>&amp;</b>\u0007 \uD800 Әсел 😀';
export const HOSTILE_TEXT = 'line one,\r\nline "two"\n=SUM(A1) <script>alert(1)</script> ';
const REPLAYED = 'Бұл мақала толығымен жалған, авторы сатылған журналист, оқымаңыздар достар';

let seq = 0;
const comment = (thread: string, author: string, name: string, text: string, minute: number): StoredComment => ({
  id: `kz:${thread.slice(-1)}-${++seq}`,
  site: 'kz',
  authorKey: `kz:${author}`,
  displayName: name,
  text,
  time: T0 + minute * 60_000,
  threadUrl: thread,
  url: `${thread}#c${seq}`,
  seenAt: T0 + 3_600_000,
  seq,
});

const brigade = ['bot1', 'bot2', 'bot3', 'bot4'];
export const COMMENTS: StoredComment[] = [
  comment(threadA, 'ann', HOSTILE_NAME, HOSTILE_TEXT, 0),
  comment(threadA, 'bek', 'Бек', 'Жақсы жазылған, рахмет авторға, келесі мақаланы күтемін', 1),
  ...brigade.map((b, i) => comment(threadA, b, `Bot ${i}`, REPLAYED, 2 + i)),
  ...brigade.map((b, i) => comment(threadB, b, `Bot ${i}`, REPLAYED + '!', 30 + i)),
  comment(threadB, 'ann', HOSTILE_NAME, 'ok', 40),
];

export function sampleInput(scope: 'thread' | 'all' = 'all'): ExportInput {
  const authors: Author[] = [...new Map(COMMENTS.map((c) => [c.authorKey, c])).values()].map((c) => ({
    key: c.authorKey,
    site: c.site,
    displayName: c.displayName,
    names: [c.displayName],
    firstSeen: T0,
    lastSeen: T0 + 3_600_000,
  }));
  const verdicts = [threadA, threadB].flatMap((url) =>
    scoreThread(COMMENTS.filter((c) => c.threadUrl === url), new Set(), T0 + 3_600_000).map((v) => ({ ...v, threadUrl: url })),
  );
  return {
    scope,
    extensionVersion: '0.1.0',
    exportedAt: T0 + 7_200_000,
    threads: [threadA, threadB].map((url) => ({ url, site: 'kz', firstSeen: T0, lastSeen: T0 + 3_600_000 })),
    authors,
    comments: COMMENTS,
    verdicts,
    listVersions: [{ list: 'https://lists.example.org/kz', version: 7 }],
    weights: DEFAULT_WEIGHTS,
  };
}
