// Schema version 2's upgrade: a database kept by version 1 had comments but no threads, no
// author-per-thread rows, no co-occurrence pairs and no text index. They are built here from the
// stored comments (in first-seen order, as if they had arrived again), so nothing version 1 knew
// is lost and the new signals see the old history.
import type { Transaction } from 'dexie';
import type { StoredComment } from '../../core/model.ts';
import type { KuzetDb } from '../db.ts';
import { indexComments } from './update.ts';

/** Comments indexed per step: bounds the memory one upgrade step needs. */
const STEP = 500;

/** The upgrade step: reads version 1's comments and indexes them through the upgrade transaction's tables. */
export async function backfillInUpgrade(tx: Transaction): Promise<void> {
  const tables = ['threads', 'authorThreads', 'nearText', 'nearLinks', 'avatars'] as const;
  const db = Object.fromEntries(tables.map((name) => [name, tx.table(name)])) as unknown as KuzetDb;
  await backfillIndexes(db, (await tx.table('comments').toArray()) as StoredComment[]);
}

export async function backfillIndexes(db: KuzetDb, comments: readonly StoredComment[]): Promise<void> {
  const ordered = [...comments].sort((a, b) => a.seq - b.seq);
  for (let i = 0; i < ordered.length; i += STEP) {
    const step = ordered.slice(i, i + STEP);
    await indexComments(db, step, step[step.length - 1]!.seenAt);
  }
}
