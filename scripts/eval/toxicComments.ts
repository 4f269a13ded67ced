// (c) comments: the labelled VK comments (toxic or not), each as the only comment of its own
// thread, so the aggression signal is judged on the text alone.
import { join } from 'node:path';
import type { StoredComment } from '../../src/core/model.ts';
import type { Dataset } from './datasets.ts';
import { readCsv } from './readCsv.ts';

export interface LabelledComment {
  key: string;
  positive: boolean;
  comment: StoredComment;
}

/** When the comments were collected (14 Feb 2022, PROVENANCE.md); only used as "now". */
export const VK_COLLECTED = Date.UTC(2022, 1, 14);

export function loadToxicComments(dataset: Dataset): LabelledComment[] {
  if (dataset.kind !== 'vkToxicity') return [];
  return readCsv(join(dataset.dir, 'comments.csv')).map((r, seq) => {
    const key = `vk:${r['comment_id']}`;
    const authorKey = `eval:${key}`;
    return {
      key,
      positive: r['toxicity'] === '1',
      comment: {
        id: key, site: 'eval', authorKey, displayName: '', text: r['comments'] ?? '',
        time: VK_COLLECTED, threadUrl: `https://eval.kuzet.invalid/vk/${r['comment_id']}`, seenAt: VK_COLLECTED, seq,
      },
    };
  });
}
