// A realistic tab for demos and tests: a Hacker News thread where three accounts posted the
// same text, as the copypasta signal would report it. Built by functions so each caller gets
// its own copy to mutate.
import type { Reason, Verdict } from '../../core/model.ts';
import { buildTimeline } from '../../core/insight/timeline.ts';
import type { TabNetwork, TabSummary, TabTimeline } from './connector.ts';

export const DEMO_THREAD_URL = 'https://news.ycombinator.com/item?id=40000000';
export const DEMO_TAB_ID = 7;

function copypasta(others: number, first: string, commentIds: string[], strength: number): Reason {
  return {
    id: 'copypasta',
    strength,
    weight: 0.6,
    sentence: { key: 'reasonCopypasta', substitutions: [String(others), first], count: others },
    evidence: {
      commentIds,
      urls: commentIds.map((id) => `https://news.ycombinator.com/item?id=${id.split(':')[1] ?? id}`),
    },
  };
}

function verdict(authorKey: string, displayName: string, score: number, level: Verdict['level'], reasons: Reason[]): Verdict {
  return { authorKey, displayName, score, level, reasons, computedAt: Date.UTC(2025, 0, 15, 9, 30) };
}

export function demoVerdicts(): Verdict[] {
  return [
    verdict('hn:steppe_eagle_88', 'steppe_eagle_88', 0.82, 'likely', [
      copypasta(2, 'qazaq_truth', ['hn:40000012', 'hn:40000031'], 0.9),
    ]),
    verdict('hn:qazaq_truth', 'qazaq_truth', 0.55, 'suspected', [copypasta(2, 'qazaq_truth', ['hn:40000007'], 0.6)]),
    verdict('hn:almaty_dad', 'almaty_dad', 0.31, 'watch', [copypasta(1, 'qazaq_truth', ['hn:40000044'], 0.35)]),
  ];
}

export function demoSummary(): TabSummary {
  return { threadUrl: DEMO_THREAD_URL, comments: 42, authors: 17, flagged: demoVerdicts(), reports: [] };
}

export function emptySummary(): TabSummary {
  return { threadUrl: null, comments: 0, authors: 0, flagged: [], reports: [] };
}

/** The demo thread's pace: a comment every two minutes for an hour, and the copiers' burst at minute 31. */
export function demoTimeline(): TabTimeline {
  const start = Date.UTC(2025, 0, 15, 9, 0);
  const comments: { authorKey: string; time: number }[] = [];
  for (let i = 0; i < 30; i++) comments.push({ authorKey: `hn:reader${i % 12}`, time: start + i * 2 * 60_000 });
  const copiers = ['hn:steppe_eagle_88', 'hn:steppe_eagle_88', 'hn:almaty_dad', 'hn:qazaq_truth', 'hn:reader1', 'hn:reader2'];
  copiers.forEach((authorKey, i) => comments.push({ authorKey, time: start + 31 * 60_000 + i * 8_000 }));
  const flagged = new Set(demoVerdicts().map((v) => v.authorKey));
  return { threadUrl: DEMO_THREAD_URL, ...buildTimeline(comments, flagged), undated: 6 };
}

export function demoNetwork(): TabNetwork {
  const nodes = demoVerdicts().map(({ authorKey, displayName, level, score }) => ({ authorKey, displayName, level, score }));
  return {
    nodes,
    edges: [
      { a: 'hn:almaty_dad', b: 'hn:steppe_eagle_88', type: 'sameText', weight: 1, commentIds: ['hn:40000012', 'hn:40000044'] },
      { a: 'hn:qazaq_truth', b: 'hn:steppe_eagle_88', type: 'coOccurrence', weight: 3, commentIds: ['hn:40000007', 'hn:40000031'] },
    ],
  };
}
