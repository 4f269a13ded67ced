// A realistic tab for demos and tests: a Hacker News thread where three accounts posted the
// same text, as the copypasta signal would report it. Built by functions so each caller gets
// its own copy to mutate.
import type { Reason, Verdict } from '../../core/model.ts';
import type { TabSummary } from './connector.ts';

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
