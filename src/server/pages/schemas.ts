// What the pages accept from the server's API: the queue, open appeals and small answers. The
// pages render these, so they are checked here like any other data crossing a boundary.
import * as v from 'valibot';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const count = v.pipe(v.number(), v.finite());

const reportSchema = v.object({
  id: text(200),
  category: text(50),
  note: text(5000),
  evidence: v.array(v.object({ url: text(4096), text: text(20_000) })),
  reporter: v.object({ key: text(200), confirmed: count, rejected: count, weight: count }),
});

export const queueItemSchema = v.object({
  keyHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  authorKey: text(300),
  displayName: text(300),
  category: text(50),
  score: count,
  units: count,
  possibleBrigade: v.boolean(),
  protectedAccount: v.boolean(),
  reports: v.array(reportSchema),
});
export type QueueItem = v.InferOutput<typeof queueItemSchema>;

export const queueSchema = v.object({ moderator: text(200), items: v.array(queueItemSchema) });

export const appealSchema = v.object({ id: v.pipe(v.string(), v.uuid()), authorKey: text(300), statement: text(5000), contact: text(300) });
export type OpenAppeal = v.InferOutput<typeof appealSchema>;

export const appealsSchema = v.object({ items: v.array(appealSchema) });
export const okSchema = v.object({ ok: v.literal(true) });
export const appealFiledSchema = v.object({ id: v.pipe(v.string(), v.uuid()) });
