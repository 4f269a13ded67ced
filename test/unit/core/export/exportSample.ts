// A made-up collection for the export tests (not a page: records as the background stores them):
// two threads, a brigade of four accounts replaying one text in both, and authors whose names
// and texts carry everything that breaks naive CSV and XML writers (commas, quotes, CR/LF,
// markup, control characters, a lone surrogate, Cyrillic, Kazakh and emoji). Verdicts and
// weights are fixed here (the copiers flagged as the copypasta signal would), so the tests check
// the export, not whatever the scorer's current weights make of the sample.
import type { Weights } from '../../../../src/core/heuristics/weights.ts';
import type { ExportInput } from '../../../../src/core/export/exportInput.ts';
import { type Author, SIGNAL_IDS, type StoredComment, type Verdict } from '../../../../src/core/model.ts';

/** Every signal the model knows (the list grows), copypasta at 4.5 and the rest at 1.5. */
export const WEIGHTS: Weights = {
  source: 'hand-set',
  dataVersion: null,
  model: 'logistic',
  bias: -3,
  weights: Object.fromEntries(SIGNAL_IDS.map((id) => [id, id === 'copypasta' ? 4.5 : 1.5])) as Weights['weights'],
  thresholds: { watch: 0.25, suspected: 0.5, likely: 0.75 },
};

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
  const verdicts = [threadA, threadB].flatMap((url) => {
    const thread = COMMENTS.filter((c) => c.threadUrl === url);
    return [...new Set(thread.map((c) => c.authorKey))].map((key) => ({ ...verdictOf(key, thread), threadUrl: url }));
  });
  return {
    scope,
    extensionVersion: '0.1.0',
    exportedAt: T0 + 7_200_000,
    threads: [threadA, threadB].map((url) => ({ url, site: 'kz', firstSeen: T0, lastSeen: T0 + 3_600_000 })),
    authors,
    comments: COMMENTS,
    verdicts,
    listVersions: [{ list: 'https://lists.example.org/kz', version: 7 }],
    weights: WEIGHTS,
  };
}

/** bot2..bot4 replayed bot1's text: 'likely' by copypasta; everyone else 'none'. */
function verdictOf(authorKey: string, thread: StoredComment[]): Verdict {
  const own = thread.filter((c) => c.authorKey === authorKey);
  const copier = ['kz:bot2', 'kz:bot3', 'kz:bot4'].includes(authorKey);
  return {
    authorKey,
    displayName: own[0]!.displayName,
    score: copier ? 0.83 : 0,
    level: copier ? 'likely' : 'none',
    reasons: copier
      ? [{ id: 'copypasta', strength: 0.8, weight: 4.5, sentence: { key: 'reasonCopypasta', substitutions: ['3', 'Bot 0'], count: 3 }, evidence: { commentIds: own.map((c) => c.id), urls: own.map((c) => c.url!) } }]
      : [],
    computedAt: T0 + 3_600_000,
  };
}
