// The shared-lists room (issue 7 client): subscriptions with their state and the reason a
// list was refused, the policy across lists, the report server, and every report's delivery.
// All from Kuzet's own pages (popup, options); the content script never speaks here.
import * as v from 'valibot';
import { LIST_RULES } from '../core/lists/listPolicy.ts';
import { LIST_REFUSALS } from '../core/lists/verifyList.ts';
import { REPORT_CATEGORIES } from '../core/model.ts';
import { epochMs, text } from './schemas.ts';

const listUrl = v.pipe(v.string(), v.maxLength(2048), v.url(), v.regex(/^https?:\/\//));
const publicKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));
const policySchema = v.object(
  Object.fromEntries(REPORT_CATEGORIES.map((c) => [c, v.picklist(LIST_RULES)])) as Record<
    (typeof REPORT_CATEGORIES)[number],
    v.PicklistSchema<typeof LIST_RULES, undefined>
  >,
);
const orNull = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);

export const subscriptionViewSchema = v.object({
  url: text(2048),
  publicKey: text(60),
  trust: v.number(),
  /** ok: in force; stale: in force, the last check refused; expired: not in force; pending: never accepted; refused: never accepted, refused. */
  state: v.picklist(['ok', 'stale', 'expired', 'pending', 'refused']),
  name: orNull(text(200)),
  maintainer: orNull(text(200)),
  version: orNull(v.number()),
  entryCount: orNull(v.number()),
  expiresAt: orNull(epochMs),
  checkedAt: orNull(epochMs),
  refusal: orNull(v.object({ reason: v.picklist(LIST_REFUSALS), detail: text(500), at: epochMs })),
});

export const reportDeliverySchema = v.object({
  id: text(100),
  authorKey: text(300),
  displayName: text(300),
  category: v.picklist(REPORT_CATEGORIES),
  status: v.picklist(['queued', 'sent', 'moderation', 'accepted', 'rejected']),
  createdAt: epochMs,
  attempts: v.number(),
  lastError: orNull(text(500)),
});

const statusResponse = v.object({
  subscriptions: v.array(subscriptionViewSchema),
  policy: policySchema,
  reportServer: orNull(text(2048)),
  reports: v.array(reportDeliverySchema),
});

export const listsMessages = {
  'lists/status': { from: 'page', request: v.object({}), response: statusResponse },
  // Subscribes (or changes the trust of) a list and checks it at once; answers the new state.
  'lists/subscribe': {
    from: 'page',
    request: v.object({ url: listUrl, publicKey, trust: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }),
    response: statusResponse,
  },
  'lists/unsubscribe': { from: 'page', request: v.object({ url: text(2048) }), response: statusResponse },
  /** Checks every list now (the alarm does it hourly) and tries waiting reports. */
  'lists/refresh': { from: 'page', request: v.object({}), response: statusResponse },
  'lists/config': {
    from: 'page',
    request: v.object({ policy: v.exactOptional(policySchema), reportServer: v.exactOptional(v.nullable(listUrl)) }),
    response: statusResponse,
  },
} as const;
