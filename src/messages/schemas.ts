// Schemas shared by every room's messages: what a comment, verdict and report look like on the
// wire. Kept apart from the map so each room's message file can import them without a cycle.
import * as v from 'valibot';
import { LEVELS, REPORT_CATEGORIES, SIGNAL_IDS } from '../core/model.ts';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const url = v.pipe(v.string(), v.maxLength(2048), v.url());
export const epochMs = v.pipe(v.number(), v.finite(), v.minValue(0));

export const commentSchema = v.object({
  id: text(300),
  site: text(40),
  authorKey: text(300),
  displayName: text(300),
  handle: v.exactOptional(text(300)),
  profileUrl: v.exactOptional(url),
  avatarUrl: v.exactOptional(url),
  text: text(20_000),
  time: v.exactOptional(epochMs),
  replyTo: v.exactOptional(text(300)),
  threadUrl: url,
  url: v.exactOptional(url),
  likes: v.exactOptional(v.pipe(v.number(), v.integer())),
  account: v.exactOptional(
    v.object({
      joinedAt: v.exactOptional(epochMs),
      numericId: v.exactOptional(v.pipe(v.string(), v.regex(/^\d{1,30}$/))),
      description: v.exactOptional(text(2000)),
    }),
  ),
});

/** Comments in one 'comments/batch' at most. */
export const MAX_BATCH_COMMENTS = 500;

/**
 * A content script's batch: every comment checked on its own and the bad ones dropped (one odd
 * comment must not sink the batch: the content script no longer checks each one before sending),
 * refused whole only when none is left or the batch is too long.
 */
export const commentBatchSchema = v.pipe(
  v.array(v.unknown()),
  v.maxLength(MAX_BATCH_COMMENTS),
  v.transform((items) => items.flatMap((item) => {
    const checked = v.safeParse(commentSchema, item);
    return checked.success ? [checked.output] : [];
  })),
  v.minLength(1),
);

export const sentenceSchema = v.object({
  key: text(100),
  substitutions: v.array(text(500)),
  count: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export const reasonSchema = v.object({
  id: v.picklist(SIGNAL_IDS),
  strength: v.number(),
  weight: v.number(),
  sentence: sentenceSchema,
  evidence: v.object({ commentIds: v.array(text(300)), urls: v.array(text(2048)) }),
});
export const verdictSchema = v.object({
  authorKey: text(300),
  displayName: text(300),
  score: v.number(),
  level: v.picklist(LEVELS),
  reasons: v.array(reasonSchema),
  computedAt: epochMs,
});
export const reportSchema = v.object({
  id: text(100),
  authorKey: text(300),
  displayName: text(300),
  category: v.picklist(REPORT_CATEGORIES),
  note: text(2000),
  evidence: v.array(
    v.object({ commentId: text(300), url: text(2048), text: text(20_000), time: v.exactOptional(epochMs) }),
  ),
  reasons: v.array(reasonSchema),
  createdAt: epochMs,
  status: v.picklist(['queued', 'sent', 'moderation', 'accepted', 'rejected']),
});
