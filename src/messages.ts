// The one protocol between content scripts, extension pages and the background.
// Each message type names its request and response, who may send it, and the schema the
// receiver checks the payload against: a content script runs beside page code, so anything
// it sends is validated before it is trusted, and responses are checked the same way.
import * as v from 'valibot';
import type { Comment, Report, ReportCategory, Verdict } from './core/model.ts';
import { REPORT_CATEGORIES } from './core/model.ts';
import { commentSchema, reportSchema, text, url, verdictSchema } from './messages/schemas.ts';
import { packedBatchSchema } from './messages/commentsPacking.ts';
import { siteRuleSchema, siteRulesConfigSchema } from './core/siteRules.ts';
import { insightMessages } from './messages/insight.ts';
import { networksMessages } from './messages/networks.ts';
import { authorsMessages } from './messages/authors.ts';
import { listsMessages } from './messages/lists.ts';
import { exportMessages } from './messages/export.ts';
import { e2eMessages } from './messages/e2e.ts';
import { privacyMessages } from './messages/privacy.ts';

export { commentSchema, verdictSchema } from './messages/schemas.ts';

export interface TabSummary {
  /** Null when Kuzet has read nothing in that tab. */
  threadUrl: string | null;
  comments: number;
  authors: number;
  /** Verdicts above `none`, strongest first. */
  flagged: Verdict[];
  /** Reports about authors of this thread, newest first. */
  reports: Report[];
}

/** Who may send a message: a content script in a tab, or one of Kuzet's own pages. */
export type SenderKind = 'content' | 'page';

/**
 * The map: one entry per message type; sender and handler cannot disagree on its shape.
 * A room with several messages of its own keeps them in `messages/<room>.ts` and spreads them in here.
 */
export const messages = {
  'comments/batch': {
    from: 'content',
    // Packed (messages/commentsPacking.ts): the handler gets whole, checked comments.
    request: packedBatchSchema,
    response: v.object({ verdicts: v.array(verdictSchema) }),
  },
  'tab/summary': {
    from: 'page',
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    response: v.object({
      threadUrl: v.nullable(v.string()),
      comments: v.number(),
      authors: v.number(),
      flagged: v.array(verdictSchema),
      reports: v.array(reportSchema),
    }),
  },
  'report/enqueue': {
    from: 'page',
    request: v.object({
      authorKey: text(300),
      threadUrl: url,
      category: v.picklist(REPORT_CATEGORIES),
      note: text(2000),
    }),
    response: v.object({ report: reportSchema }),
  },
  // User site rules (options page): store and register them; count a rule's comments in open tabs.
  'siteRules/save': {
    from: 'page',
    request: v.object({ config: siteRulesConfigSchema }),
    response: v.object({
      statuses: v.array(v.object({ pattern: text(300), origin: text(300), active: v.boolean() })),
    }),
  },
  'siteRules/probe': {
    from: 'page',
    request: v.object({ rule: siteRuleSchema }),
    response: v.object({
      tabs: v.array(
        v.object({
          url: text(2048),
          title: text(2000),
          comments: v.number(),
          authors: v.number(),
          invalid: v.nullable(v.picklist(['comment', 'author'])),
        }),
      ),
    }),
  },
  ...insightMessages,
  ...networksMessages,
  ...authorsMessages,
  ...listsMessages,
  ...exportMessages,
  ...e2eMessages,
  ...privacyMessages,
} as const;

export type MessageType = keyof typeof messages;
export type Request<T extends MessageType> = v.InferOutput<(typeof messages)[T]['request']>;
export type Response<T extends MessageType> = v.InferOutput<(typeof messages)[T]['response']>;
/** What a sender puts on the wire: the request before the receiver's schema transforms it (a packed batch). */
export type WireRequest<T extends MessageType> = v.InferInput<(typeof messages)[T]['request']>;

/** What travels: a tagged envelope, so stray messages of other extensions are never mistaken for ours. */
export interface Envelope<T extends MessageType = MessageType> {
  kuzet: 1;
  type: T;
  payload: WireRequest<T>;
}

export type ParsedEnvelope = { [T in MessageType]: { type: T; payload: Request<T> } }[MessageType];

/** Checks an incoming message against the map; returns null for anything that is not ours or malformed. */
export function parseEnvelope(raw: unknown): ParsedEnvelope | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { kuzet, type, payload } = raw as Record<string, unknown>;
  if (kuzet !== 1 || typeof type !== 'string' || !Object.hasOwn(messages, type)) return null;
  const entry = messages[type as MessageType];
  const result = v.safeParse(entry.request, payload);
  return result.success ? ({ type, payload: result.output } as ParsedEnvelope) : null;
}

export function parseResponse<T extends MessageType>(type: T, raw: unknown): Response<T> {
  const result = v.safeParse(messages[type].response, raw);
  if (!result.success) throw new Error(`Kuzet: malformed response to ${type}: ${result.issues[0]?.message ?? ''}`);
  return result.output as Response<T>;
}

/** The sending side: any function that delivers an envelope and returns the raw answer. */
export type Transport = (envelope: Envelope) => Promise<unknown>;

/** Typed send over a transport (runtime.sendMessage in the extension, a mock in UI tests). */
export async function send<T extends MessageType>(transport: Transport, type: T, payload: WireRequest<T>): Promise<Response<T>> {
  const raw = await transport({ kuzet: 1, type, payload } as Envelope);
  if (typeof raw === 'object' && raw !== null && 'error' in raw) {
    throw new Error(`Kuzet: ${type} refused: ${String((raw as { error: unknown }).error)}`);
  }
  return parseResponse(type, raw);
}

// Compile-time guards: the schemas above must produce the model's nouns exactly.
type Assert<T extends true> = T;
export type CommentSchemaMatchesModel = Assert<v.InferOutput<typeof commentSchema> extends Comment ? true : false>;
export type VerdictSchemaMatchesModel = Assert<v.InferOutput<typeof verdictSchema> extends Verdict ? true : false>;
export type ReportSchemaMatchesModel = Assert<v.InferOutput<typeof reportSchema> extends Report ? true : false>;
export type CategoryIsModel = Assert<Request<'report/enqueue'>['category'] extends ReportCategory ? true : false>;
