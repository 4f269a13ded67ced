// Rescores every author of the threads a batch touched and keeps the verdicts: one new
// copy can turn earlier repeats by other accounts into evidence, so the whole thread counts.
import { scoreThread } from '../../core/heuristics/scoreThread.ts';
import type { KuzetDb, ThreadVerdict } from '../db.ts';

export async function rescoreThreads(db: KuzetDb, threadUrls: readonly string[], now: number): Promise<ThreadVerdict[]> {
  const verdicts: ThreadVerdict[] = [];
  for (const threadUrl of new Set(threadUrls)) {
    const thread = await db.comments.where('threadUrl').equals(threadUrl).toArray();
    // The personal trusted list arrives with the options issue; until then nobody is on it.
    for (const verdict of scoreThread(thread, new Set(), now)) verdicts.push({ ...verdict, threadUrl });
  }
  await db.verdicts.bulkPut(verdicts);
  return verdicts;
}
