// Contract C5: the wire format of signed reports and signed shared lists, the bytes that get
// signed, and the author-key hash lists are keyed by. The server (src/server), the publisher
// (scripts/publish-list.ts) and the extension's list client all use exactly these schemas.
//
// Server HTTP API (listens on 127.0.0.1; JSON bodies, UTF-8):
//   POST /v1/reports            body: SignedReport  -> 200/202 ReportAccepted {id, status}
//        400 bad shape, 401 bad signature, 409 same id with other content, 413 too big,
//        429 rate limited (Retry-After seconds). Re-posting the same report is idempotent.
//   GET  /v1/reports/:id/status -> 200 ReportStatusResponse {id, status} | 404
//   Published list (static files under any <base> URL, see docs/list-format.md):
//   <base>/meta.json                 ListMeta, signed by the list key
//   <base>/list-<version>.json       ListFull  (its sha256 is in meta.files)
//   <base>/delta-<from>-<to>.json    ListDelta (its sha256 is in meta.files)
import * as v from 'valibot';
import { REPORT_CATEGORIES, SIGNAL_IDS } from '../model.ts';
import { taggedBytes } from './canonical.ts';

export { canonicalJson } from './canonical.ts';
export { fromBase64url, toBase64url } from './base64url.ts';

export const FORMAT_VERSION = 1;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Raw 32-byte Ed25519 public key, base64url without padding (43 characters). */
export const publicKeySchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));
/** Raw 64-byte Ed25519 signature, base64url without padding (86 characters). */
export const signatureSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{86}$/));
export const keyHashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
export const sha256HexSchema = keyHashSchema;
/** Report ids are chosen by the client (idempotency key): 8-100 url-safe characters. */
export const reportIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,100}$/));
/** Reason codes of list entries: signal ids or moderator codes, short and url-safe. */
export const reasonCodeSchema = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/));
const version = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));

// ---- reports -------------------------------------------------------------------------------
export const reportBodySchema = v.object({
  v: v.literal(FORMAT_VERSION),
  id: reportIdSchema,
  /** The reported account's key (`site:id`, model.ts AuthorKey). */
  authorKey: v.pipe(text(300), v.minLength(3)),
  displayName: text(300),
  category: v.picklist(REPORT_CATEGORIES),
  note: text(2000),
  /** The comments that made the reporter report: texts, permalinks, times. */
  evidence: v.pipe(
    v.array(
      v.object({
        commentId: text(300),
        url: text(2048),
        text: text(20_000),
        time: v.exactOptional(epochMs),
      }),
    ),
    v.minLength(1),
    v.maxLength(20),
  ),
  /** The signal ids Kuzet raised for the author when the report was made. */
  reasons: v.pipe(v.array(v.picklist(SIGNAL_IDS)), v.maxLength(SIGNAL_IDS.length)),
  createdAt: epochMs,
  /** The install's Ed25519 public key (contract C4). */
  reporterKey: publicKeySchema,
});
export const signedReportSchema = v.object({ ...reportBodySchema.entries, signature: signatureSchema });
export type ReportBody = v.InferOutput<typeof reportBodySchema>;
export type SignedReport = v.InferOutput<typeof signedReportSchema>;

/** The bytes the reporter signs: everything but the signature, canonical, domain-tagged. */
export function reportSigningBytes(report: ReportBody | SignedReport): Uint8Array {
  const { signature: _signature, ...body } = report as SignedReport;
  return taggedBytes('kuzet/report/v1', body);
}

export const SERVER_REPORT_STATUSES = ['queued', 'moderation', 'accepted', 'rejected'] as const;
export type ServerReportStatus = (typeof SERVER_REPORT_STATUSES)[number];
export const reportAcceptedSchema = v.object({ id: reportIdSchema, status: v.picklist(SERVER_REPORT_STATUSES) });
export const reportStatusResponseSchema = reportAcceptedSchema;
export type ReportAccepted = v.InferOutput<typeof reportAcceptedSchema>;

// ---- lists ---------------------------------------------------------------------------------
export const listEntrySchema = v.object({
  keyHash: keyHashSchema,
  category: v.picklist(REPORT_CATEGORIES),
  reasons: v.pipe(v.array(reasonCodeSchema), v.maxLength(20)),
  /** Epoch ms when the listed account was first reported. */
  firstSeen: epochMs,
});
export type ListEntryWire = v.InferOutput<typeof listEntrySchema>;

/** The full list: entries sorted by keyHash, no keyHash twice. */
export const listFullSchema = v.object({
  v: v.literal(FORMAT_VERSION),
  kind: v.literal('full'),
  version,
  entries: v.array(listEntrySchema),
});
export type ListFull = v.InferOutput<typeof listFullSchema>;

/** From version `from` to `to`: entries added or changed, and key hashes removed. */
export const listDeltaSchema = v.object({
  v: v.literal(FORMAT_VERSION),
  kind: v.literal('delta'),
  from: version,
  to: version,
  upsert: v.array(listEntrySchema),
  remove: v.array(keyHashSchema),
});
export type ListDelta = v.InferOutput<typeof listDeltaSchema>;

const fileName = v.pipe(v.string(), v.regex(/^(list-\d{1,16}|delta-\d{1,16}-\d{1,16})\.json$/));
export const listMetaBodySchema = v.object({
  v: v.literal(FORMAT_VERSION),
  name: text(200),
  maintainer: text(200),
  version,
  issuedAt: epochMs,
  /** After this instant clients stop trusting the list until a newer meta arrives. */
  expiresAt: epochMs,
  /** The list's Ed25519 key; clients pin it at subscription and compare. */
  publicKey: publicKeySchema,
  entryCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Every file this version publishes: the full list and the deltas reaching it. */
  files: v.pipe(
    v.array(v.object({ name: fileName, sha256: sha256HexSchema, bytes: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
    v.maxLength(64),
  ),
});
export const listMetaSchema = v.object({ ...listMetaBodySchema.entries, signature: signatureSchema });
export type ListMetaBody = v.InferOutput<typeof listMetaBodySchema>;
export type ListMeta = v.InferOutput<typeof listMetaSchema>;

/** The bytes the list key signs: the meta without its signature, canonical, domain-tagged. */
export function metaSigningBytes(meta: ListMetaBody | ListMeta): Uint8Array {
  const { signature: _signature, ...body } = meta as ListMeta;
  return taggedBytes('kuzet/list-meta/v1', body);
}

export const listFileName = (ver: number): string => `list-${ver}.json`;
export const deltaFileName = (from: number, to: number): string => `delta-${from}-${to}.json`;

// ---- hashing -------------------------------------------------------------------------------
/** sha256 of bytes; injected so core stays free of platform choices (WebCrypto, node:crypto). */
export type Sha256 = (bytes: Uint8Array) => Promise<Uint8Array>;

/** WebCrypto's sha256, present in workers, pages and Node 20 alike. */
export const webCryptoSha256: Sha256 = async (bytes) =>
  new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A list entry's key: lowercase hex sha256 of the UTF-8 author key, e.g. of "hackernews:pg". */
export async function keyHash(authorKey: string, sha256: Sha256 = webCryptoSha256): Promise<string> {
  return toHex(await sha256(new TextEncoder().encode(authorKey)));
}
