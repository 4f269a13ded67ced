// The typed requests and answers between the server's main thread and the PGlite thread
// (pgliteThread.ts). Both sides check every message against these schemas before using it.
import * as v from 'valibot';

const id = v.pipe(v.number(), v.integer());
/** A transaction opened by `begin`; queries that carry its id run inside it. */
const tx = v.optional(id);

export const requestSchema = v.variant('op', [
  v.object({ op: v.literal('open'), id, dataDir: v.optional(v.string()) }),
  // name: run as a named prepared statement (pglitePrepared.ts) when outside a transaction.
  v.object({ op: v.literal('query'), id, tx, sql: v.string(), params: v.array(v.unknown()), name: v.optional(v.string()) }),
  v.object({ op: v.literal('exec'), id, tx, sql: v.string() }),
  v.object({ op: v.literal('begin'), id }),
  // commit: false rolls back (the work threw on the main thread).
  v.object({ op: v.literal('end'), id, tx: id, commit: v.boolean() }),
  v.object({ op: v.literal('close'), id }),
]);
export type Request = v.InferOutput<typeof requestSchema>;

/** What crosses back of a PostgreSQL error: its message and the fields callers may read. */
const failureSchema = v.object({
  message: v.string(),
  code: v.optional(v.string()),
  detail: v.optional(v.string()),
  hint: v.optional(v.string()),
  severity: v.optional(v.string()),
});
export type Failure = v.InferOutput<typeof failureSchema>;

export const answerSchema = v.variant('ok', [
  v.object({ id, ok: v.literal(true), rows: v.optional(v.array(v.unknown())), tx }),
  v.object({ id, ok: v.literal(false), error: failureSchema }),
]);
export type Answer = v.InferOutput<typeof answerSchema>;

/** Copies an error's PostgreSQL fields into a plain object (structured clone drops `code`). */
export function failureOf(error: unknown): Failure {
  if (!(error instanceof Error)) return { message: String(error) };
  const failure: Failure = { message: error.message };
  for (const field of ['code', 'detail', 'hint', 'severity'] as const) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string') failure[field] = value;
  }
  return failure;
}

/** The main thread's error for a failure: PostgreSQL's message, its code and detail kept. */
export function errorOf(failure: Failure): Error {
  return Object.assign(new Error(failure.message), failure);
}
