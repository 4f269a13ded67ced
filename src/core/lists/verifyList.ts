// Checks a fetched list before anything uses it (issue 7 item 6): the meta's signature under
// the key pinned at subscription, a version never below the last good one, not expired, not
// shrunk by more than a set fraction, and every file's bytes against the sha256 the signed meta
// names. A refusal carries a reason the popup shows; the caller keeps the last good copy.
import * as v from 'valibot';
import type { ListEntry } from '../model.ts';
import { type ListMeta, type Sha256, listMetaSchema, toHex, webCryptoSha256 } from './format.ts';
import { verifyMeta } from './signing.ts';

export const LIST_REFUSALS = ['malformed', 'wrongKey', 'signature', 'rollback', 'expired', 'shrunk', 'fileHash', 'fileMissing', 'fetch'] as const;
export type ListRefusal = (typeof LIST_REFUSALS)[number];

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: ListRefusal; detail: string };

/** What the client remembers of the last copy it accepted. */
export interface LastGood {
  version: number;
  entryCount: number;
}

/** A list may lose at most this fraction of its entries from one good copy to the next. */
export const DEFAULT_MAX_SHRINK = 0.25;

export const refuse = <T>(reason: ListRefusal, detail: string): Checked<T> => ({ ok: false, reason, detail });

/** Checks a meta file's JSON against the pinned key, the last good copy and the clock. */
export async function checkMeta(
  raw: unknown,
  pinnedKey: string,
  last: LastGood | undefined,
  now: number,
  maxShrink = DEFAULT_MAX_SHRINK,
): Promise<Checked<ListMeta>> {
  const parsed = v.safeParse(listMetaSchema, raw);
  if (!parsed.success) return refuse('malformed', parsed.issues[0]?.message ?? 'meta does not match the format');
  const meta = parsed.output;
  if (meta.publicKey !== pinnedKey) return refuse('wrongKey', `signed by ${meta.publicKey.slice(0, 8)}…, pinned ${pinnedKey.slice(0, 8)}…`);
  if (!(await verifyMeta(meta, pinnedKey))) return refuse('signature', 'the signature does not match the meta');
  if (last && meta.version < last.version) return refuse('rollback', `version ${meta.version} is older than ${last.version}`);
  if (meta.expiresAt <= now) return refuse('expired', `expired at ${new Date(meta.expiresAt).toISOString()}`);
  if (last && meta.entryCount < last.entryCount * (1 - maxShrink)) {
    return refuse('shrunk', `${meta.entryCount} entries after ${last.entryCount}`);
  }
  return { ok: true, value: meta };
}

/** Checks a file's raw bytes against the sha256 and size the signed meta lists for it. */
export async function checkFileBytes(meta: ListMeta, name: string, bytes: Uint8Array, sha256: Sha256 = webCryptoSha256): Promise<Checked<unknown>> {
  const listed = meta.files.find((f) => f.name === name);
  if (!listed) return refuse('fileMissing', `${name} is not in the signed meta`);
  if (bytes.byteLength !== listed.bytes || toHex(await sha256(bytes)) !== listed.sha256) {
    return refuse('fileHash', `${name} differs from the file the meta signs`);
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return refuse('malformed', `${name} is not JSON`);
  }
}

/** Entries must be sorted by keyHash with none twice (the format says so; it also makes deltas exact). */
export function checkEntries(entries: readonly ListEntry[], meta: ListMeta): Checked<readonly ListEntry[]> {
  if (entries.length !== meta.entryCount) return refuse('malformed', `${entries.length} entries, the meta says ${meta.entryCount}`);
  for (let i = 1; i < entries.length; i++) {
    if (entries[i - 1]!.keyHash >= entries[i]!.keyHash) return refuse('malformed', 'entries are not sorted by keyHash or repeat one');
  }
  return { ok: true, value: entries };
}
