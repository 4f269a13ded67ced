// The authors room (contract C1): "this person is real" from an extension page, and the
// background's push of changed verdicts to the content scripts of every open tab.
// The push is not in the request map (content scripts never send it); the content side checks
// it with `verdictPushSchema` and accepts it only from its own extension.
import * as v from 'valibot';
import { epochMs, sentenceSchema, text, url, verdictSchema } from './schemas.ts';

export const authorsMessages = {
  // Adds (trusted: true) or removes an author from the personal trusted list. The background
  // rescores every thread holding that author and pushes the new verdicts to every tab.
  'author/trust': {
    from: 'page',
    request: v.object({ authorKey: text(300), displayName: text(300), trusted: v.boolean() }),
    response: v.object({ trusted: v.boolean() }),
  },
  // What the local database holds and whether the storage-quota watch had to forget old threads
  // (the popup shows `notice`, a data_evicted sentence, when it did).
  'data/status': {
    from: 'page',
    request: v.object({}),
    response: v.object({
      comments: v.number(),
      threads: v.number(),
      retentionDays: v.number(),
      evictedComments: v.number(),
      evictedAt: v.nullable(epochMs),
      notice: v.nullable(sentenceSchema),
    }),
  },
} as const;

/** Tag of the background -> content push; distinct from the request envelope's `kuzet: 1`. */
export const VERDICT_PUSH = 'kuzet/verdicts' as const;

/** Background -> content: verdicts that changed for one thread (only the changed ones). */
export const verdictPushSchema = v.object({
  kuzetPush: v.literal(VERDICT_PUSH),
  threadUrl: url,
  verdicts: v.pipe(v.array(verdictSchema), v.maxLength(5_000)),
});

export type VerdictPush = v.InferOutput<typeof verdictPushSchema>;
