// How several subscribed lists combine (issue 7 item 7): per category, an author counts as
// listed when any list names them, when more than half of the usable lists do, or only when
// all of them do. A reader who subscribes to lists of uneven care can demand agreement for the
// categories where a wrong flag hurts most.
import type { ListedEntry } from '../heuristics/context.ts';
import { REPORT_CATEGORIES, type ReportCategory } from '../model.ts';

export const LIST_RULES = ['any', 'majority', 'all'] as const;
export type ListRule = (typeof LIST_RULES)[number];
export type ListPolicy = Record<ReportCategory, ListRule>;

export const DEFAULT_LIST_POLICY: ListPolicy = Object.fromEntries(REPORT_CATEGORIES.map((c) => [c, 'any'])) as ListPolicy;

/** One usable list naming an author in a category. */
export interface ListHit {
  list: string;
  category: ReportCategory;
  /** 0..1: how much the reader trusts this subscription. */
  weight: number;
}

function agrees(rule: ListRule, naming: number, usable: number): boolean {
  if (naming === 0) return false;
  if (rule === 'any') return true;
  if (rule === 'majority') return naming * 2 > usable;
  return naming >= usable;
}

/** The hits that survive the policy, as the `listed` signal reads them; `usable` counts lists in force. */
export function applyListPolicy(hits: readonly ListHit[], usable: number, policy: ListPolicy): ListedEntry[] {
  const kept: ListedEntry[] = [];
  for (const category of REPORT_CATEGORIES) {
    const naming = hits.filter((h) => h.category === category);
    const lists = new Set(naming.map((h) => h.list)).size;
    if (!agrees(policy[category], lists, usable)) continue;
    for (const hit of naming) kept.push({ list: hit.list, category, weight: hit.weight });
  }
  return kept;
}
