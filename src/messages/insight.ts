// The reader's insight messages (popup and options): private notes, what Kuzet knows about one
// author, a tab's timeline and network, and the personal lists for export. Spread into the
// one map in messages.ts.
import * as v from 'valibot';
import { LEVELS } from '../core/model.ts';
import { catalogSchema } from '../core/insight/formatMessage.ts';
import { noteEntrySchema, trustedEntrySchema } from '../core/insight/personalFile.ts';
import { epochMs, text } from './schemas.ts';

const tabRequest = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const insightMessages = {
  // Without `text` it reads the note; with it, it stores it ('' deletes the note).
  'author/note': {
    from: 'page',
    request: v.object({ authorKey: text(300), text: v.exactOptional(text(2000)) }),
    response: v.object({ note: v.nullable(noteEntrySchema) }),
  },
  'author/details': {
    from: 'page',
    request: v.object({ authorKey: text(300) }),
    response: v.object({
      authorKey: text(300),
      /** Every display name seen, oldest first (empty when Kuzet never stored the author). */
      names: v.array(text(300)),
      firstSeen: v.nullable(epochMs),
      lastSeen: v.nullable(epochMs),
      comments: count,
      threads: count,
      trusted: v.boolean(),
      note: v.nullable(noteEntrySchema),
    }),
  },
  'tab/timeline': {
    from: 'page',
    request: tabRequest,
    response: v.object({
      threadUrl: v.nullable(text(2048)),
      buckets: v.array(v.object({ minute: epochMs, total: count, flagged: count, burst: v.boolean() })),
      undated: count,
    }),
  },
  'tab/network': {
    from: 'page',
    request: tabRequest,
    response: v.object({
      nodes: v.array(v.object({ authorKey: text(300), displayName: text(300), level: v.picklist(LEVELS), score: v.number() })),
      edges: v.array(
        v.object({
          a: text(300),
          b: text(300),
          type: v.picklist(['coOccurrence', 'sameText']),
          weight: count,
          commentIds: v.array(text(300)),
        }),
      ),
    }),
  },
  // Everything the options page exports as the personal file.
  'personal/list': {
    from: 'page',
    request: v.object({}),
    response: v.object({ trusted: v.array(trustedEntrySchema), notes: v.array(noteEntrySchema) }),
  },
  // The language the reader chose (options) for the badges: content scripts cannot read the
  // extension's files themselves without exposing them to every page.
  'ui/catalog': {
    from: 'content',
    request: v.object({ language: v.picklist(['en', 'ru', 'kk', 'ky']) }),
    response: v.object({ catalog: catalogSchema }),
  },
} as const;
