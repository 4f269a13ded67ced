// The researcher NDJSON export (contract C6): one JSON object per line, each tagged by "kind".
// Line 1 is the provenance (what produced the file and under which weights), then threads,
// authors, comments, verdicts and author-network edges. The exporter writes exactly these
// shapes and the dossier CLI reads them back through parseExportLine, so both sides share one
// schema; schema/export.ndjson.schema.json states the same for tools outside TypeScript.
import * as v from 'valibot';
import { LEVELS, SIGNAL_IDS } from '../model.ts';

/** Bumped only when a line's meaning changes; readers refuse a newer major format. */
export const EXPORT_FORMAT_VERSION = 1;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const epochMs = v.pipe(v.number(), v.finite(), v.minValue(0));
const key = text(300);
const link = text(2048);

export const provenanceLineSchema = v.object({
  kind: v.literal('provenance'),
  format: v.literal('kuzet-export'),
  formatVersion: v.literal(EXPORT_FORMAT_VERSION),
  extensionVersion: text(50),
  /** Epoch ms when the export was made. */
  exportedAt: epochMs,
  /** First and last time (epoch ms) of the exported comments; null when there are none. */
  timeRange: v.object({ from: v.nullable(epochMs), to: v.nullable(epochMs) }),
  sites: v.array(text(40)),
  pageUrls: v.array(link),
  /** The shared lists in force: a list's id or URL and the version Kuzet had applied. */
  listVersions: v.array(v.object({ list: link, version: v.union([v.string(), v.number()]) })),
  /** The scoring model in force (core/heuristics/weights.json as loaded). */
  weights: v.object({
    source: text(100),
    dataVersion: v.nullable(text(2000)),
    model: v.literal('logistic'),
    bias: v.number(),
    weights: v.record(text(60), v.number()),
    thresholds: v.object({ watch: v.number(), suspected: v.number(), likely: v.number() }),
  }),
  /** What was exported: one tab's thread or everything kept. */
  scope: v.picklist(['thread', 'all']),
});

export const threadLineSchema = v.object({
  kind: v.literal('thread'),
  url: link,
  site: text(40),
  title: v.exactOptional(text(2000)),
  firstSeen: epochMs,
  lastSeen: epochMs,
});

export const authorLineSchema = v.object({
  kind: v.literal('author'),
  key,
  site: text(40),
  displayName: text(300),
  handle: v.exactOptional(text(300)),
  profileUrl: v.exactOptional(link),
  names: v.array(text(300)),
  firstSeen: epochMs,
  lastSeen: epochMs,
});

export const commentLineSchema = v.object({
  kind: v.literal('comment'),
  id: key,
  site: text(40),
  authorKey: key,
  displayName: text(300),
  handle: v.exactOptional(text(300)),
  profileUrl: v.exactOptional(link),
  avatarUrl: v.exactOptional(link),
  text: text(20_000),
  time: v.exactOptional(epochMs),
  replyTo: v.exactOptional(key),
  threadUrl: link,
  url: v.exactOptional(link),
  likes: v.exactOptional(v.pipe(v.number(), v.integer())),
  account: v.exactOptional(
    v.object({
      joinedAt: v.exactOptional(epochMs),
      numericId: v.exactOptional(v.pipe(v.string(), v.regex(/^\d{1,30}$/))),
      description: v.exactOptional(text(2000)),
    }),
  ),
  seenAt: epochMs,
  seq: v.number(),
});

const reasonSchema = v.object({
  id: v.picklist(SIGNAL_IDS),
  strength: v.number(),
  weight: v.number(),
  sentence: v.object({
    key: text(100),
    substitutions: v.array(text(500)),
    count: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  evidence: v.object({ commentIds: v.array(key), urls: v.array(link) }),
});

export const verdictLineSchema = v.object({
  kind: v.literal('verdict'),
  threadUrl: link,
  authorKey: key,
  displayName: text(300),
  score: v.number(),
  level: v.picklist(LEVELS),
  reasons: v.array(reasonSchema),
  computedAt: epochMs,
});

export const EDGE_TYPES = ['coOccurrence', 'sameText'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** An undirected link between two authors: a < b, so each pair and type appears once. */
export const edgeLineSchema = v.object({
  kind: v.literal('edge'),
  a: key,
  b: key,
  type: v.picklist(EDGE_TYPES),
  /** coOccurrence: threads both wrote in; sameText: near-identical comment pairs. */
  weight: v.pipe(v.number(), v.finite(), v.minValue(0)),
  evidence: v.object({ commentIds: v.array(key) }),
});

export const exportLineSchema = v.variant('kind', [
  provenanceLineSchema,
  threadLineSchema,
  authorLineSchema,
  commentLineSchema,
  verdictLineSchema,
  edgeLineSchema,
]);

export type ProvenanceLine = v.InferOutput<typeof provenanceLineSchema>;
export type ThreadLine = v.InferOutput<typeof threadLineSchema>;
export type AuthorLine = v.InferOutput<typeof authorLineSchema>;
export type CommentLine = v.InferOutput<typeof commentLineSchema>;
export type VerdictLine = v.InferOutput<typeof verdictLineSchema>;
export type EdgeLine = v.InferOutput<typeof edgeLineSchema>;
export type ExportLine = v.InferOutput<typeof exportLineSchema>;

export type ParsedLine = { ok: true; line: ExportLine } | { ok: false; error: string };

/** Parses and checks one NDJSON line; never throws, so a reader can report the line number. */
export function parseExportLine(raw: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = v.safeParse(exportLineSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `${path ? path + ': ' : ''}${issue?.message ?? 'invalid line'}` };
  }
  return { ok: true, line: result.output };
}

/** One line per record, "\n" after each (the NDJSON spec); JSON.stringify escapes newlines in text. */
export function formatNdjson(lines: readonly ExportLine[]): string {
  return lines.map((line) => JSON.stringify(line) + '\n').join('');
}
