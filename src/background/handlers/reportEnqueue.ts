// 'report/enqueue': a person reports an author; the report waits in the local queue until a
// list server accepts it (sending is the shared-lists issue). The comments and the reasons
// Kuzet saw are attached automatically, so the report carries evidence, not only an opinion.
import type { Report } from '../../core/model.ts';
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';

export async function handleReportEnqueue(
  db: KuzetDb,
  { authorKey, threadUrl, category, note }: Request<'report/enqueue'>,
  now: number,
  newId: () => string,
): Promise<Response<'report/enqueue'>> {
  return db.transaction('rw', db.reportQueue, db.comments, db.verdicts, async () => {
    // Pressing Report twice must not queue the same report twice.
    const queued = await db.reportQueue.where('authorKey').equals(authorKey).toArray();
    const same = queued.find((r) => r.status === 'queued' && r.category === category);
    if (same) return { report: same };
    const comments = await db.comments.where('authorKey').equals(authorKey).toArray();
    const inThread = comments.filter((c) => c.threadUrl === threadUrl);
    if (inThread.length === 0) throw new Error('no comments of this author in this thread');
    const verdict = await db.verdicts.get({ threadUrl, authorKey });
    const report: Report = {
      id: newId(),
      authorKey,
      displayName: inThread[0]?.displayName ?? authorKey,
      category,
      note,
      evidence: inThread.map((c) => ({
        commentId: c.id,
        url: c.url ?? c.threadUrl,
        text: c.text,
        ...(c.time === undefined ? {} : { time: c.time }),
      })),
      reasons: verdict?.reasons ?? [],
      createdAt: now,
      status: 'queued',
    };
    await db.reportQueue.add(report);
    return { report };
  });
}
