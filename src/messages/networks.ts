// The Networks view (issue 9): the clusters of flagged accounts with what ties them, the
// user's marks on a cluster, and the dossier export (a zip, base64 over messaging because
// runtime messages carry JSON). Spread into the one map in messages.ts.
import * as v from 'valibot';
import { DOSSIER_LANGUAGES } from '../core/dossier/catalog.ts';
import { LEVELS } from '../core/model.ts';
import { EDGE_TYPES } from '../core/networks/types.ts';
import { epochMs, reasonSchema, text } from './schemas.ts';

const key = text(300);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const clusterId = v.pipe(v.string(), v.regex(/^n[0-9a-f]{8}$/));

export const networkMemberSchema = v.object({
  key,
  displayName: text(300),
  profileUrl: v.exactOptional(text(2048)),
  level: v.picklist(LEVELS),
  score: v.number(),
  reasons: v.array(reasonSchema),
});

export const networkEdgeSchema = v.object({
  a: key,
  b: key,
  type: v.picklist(EDGE_TYPES),
  strength: v.number(),
  count,
  evidence: v.object({ commentIds: v.array(key) }),
});

export const networkCommentSchema = v.object({
  id: key,
  authorKey: key,
  displayName: text(300),
  text: text(20_000),
  threadUrl: text(2048),
  url: v.exactOptional(text(2048)),
  time: v.exactOptional(epochMs),
  seenAt: epochMs,
});

export const clusterViewSchema = v.object({
  id: clusterId,
  members: v.array(networkMemberSchema),
  removed: v.array(networkMemberSchema),
  edges: v.array(networkEdgeSchema),
  evidenceCount: count,
  note: text(5000),
  ready: v.boolean(),
  /** The members' comments in the threads involved, for the timeline and the evidence list. */
  comments: v.array(networkCommentSchema),
});

export const networksMessages = {
  'networks/list': {
    from: 'page',
    request: v.object({}),
    response: v.object({ clusters: v.array(clusterViewSchema) }),
  },
  'networks/mark': {
    from: 'page',
    request: v.object({ clusterId, removed: v.pipe(v.array(key), v.maxLength(1000)), note: text(5000), ready: v.boolean() }),
    response: v.object({ saved: v.literal(true) }),
  },
  'networks/export': {
    from: 'page',
    request: v.object({ includeOthers: v.boolean(), language: v.picklist(DOSSIER_LANGUAGES) }),
    response: v.object({ fileName: text(200), zipBase64: v.string(), clusters: count, accounts: count }),
  },
} as const;
