// Loads every recognised dataset into the three parts of the eval — (a) accounts, (b) stream
// threads, (c) labelled comments — keeping only the rows `keep` accepts (the held-out half,
// or the training half for the fit). Threads are formed after the filter, from kept texts only.
import { loadAccounts, type AccountRow } from './accounts.ts';
import type { Dataset } from './datasets.ts';
import { loadOrdinaryTexts, loadTrollTexts, type StreamLanguage } from './streamTexts.ts';
import { formThreads, type StreamThread } from './threads.ts';
import { loadToxicComments, type LabelledComment } from './toxicComments.ts';

export interface EvalInput {
  accounts: AccountRow[];
  threads: StreamThread[];
  comments: LabelledComment[];
}

export type KeepRow = (dataset: Dataset, key: string) => boolean;

export function loadInput(datasets: readonly Dataset[], keep: KeepRow): EvalInput {
  const accounts = datasets.flatMap((d) => loadAccounts(d).filter((r) => keep(d, r.key)));
  const ordinary = datasets.flatMap((d) => loadOrdinaryTexts(d).filter((t) => keep(d, t.key)));
  // Trolls enter only the languages that have ordinary texts to mix with.
  const languages = new Set<StreamLanguage>(ordinary.map((t) => t.lang));
  const trolls = datasets.flatMap((d) => loadTrollTexts(d, languages).filter((t) => keep(d, t.key)));
  const threads = trolls.length > 0 && ordinary.length > 0 ? formThreads([...trolls, ...ordinary]) : [];
  const comments = datasets.flatMap((d) => loadToxicComments(d).filter((c) => keep(d, c.key)));
  return { accounts, threads, comments };
}
