// Refreshes one subscription: a conditional read of the meta, every check of core/lists, then
// the delta from the last good version when the meta offers one (else the full list), and only
// then replaces the last good copy. Any refusal leaves the copy as it was and records why.
import { applyDelta, entriesOfFull } from '../../core/lists/applyDelta.ts';
import { buildFilter, type FuseFilter } from '../../core/lists/listFilter.ts';
import { type ListMeta, deltaFileName, listFileName } from '../../core/lists/format.ts';
import { type Checked, checkFileBytes, checkMeta, refuse } from '../../core/lists/verifyList.ts';
import type { ListEntry, ReportCategory } from '../../core/model.ts';
import type { KuzetDb, ListSubscriptionRow } from '../db.ts';
import { type FetchLike, MAX_META_BYTES, fetchBytes, fileUrl } from './fetchBytes.ts';

export type RefreshOutcome = 'accepted' | 'unchanged' | 'refused';

/** Checks `url` once; answers what happened. Throws only if the subscription does not exist. */
export async function refreshList(db: KuzetDb, url: string, fetchFn: FetchLike, now: number): Promise<RefreshOutcome> {
  const sub = await db.listSubscriptions.get(url);
  if (!sub) throw new Error(`not subscribed to ${url}`);
  const last = sub.good ? { version: sub.good.version, entryCount: sub.good.entryCount } : undefined;
  const result = await fetchAndCheck(db, sub, fetchFn, now, last);
  if (result === 'notModified') {
    await db.listSubscriptions.update(url, { checkedAt: now });
    return 'unchanged';
  }
  if (!result.ok) {
    await db.listSubscriptions.update(url, { checkedAt: now, refusal: { reason: result.reason, detail: result.detail.slice(0, 500), at: now } });
    return 'refused';
  }
  const { meta, entries, etag } = result.value;
  const good = { name: meta.name, maintainer: meta.maintainer, version: meta.version, entryCount: meta.entryCount, expiresAt: meta.expiresAt, acceptedAt: now };
  // Built before the transaction: a long synchronous build inside it would hold the database.
  const filters = entries ? filtersOf(entries) : {};
  await db.transaction('rw', db.listSubscriptions, db.listCopies, async () => {
    const current = await db.listSubscriptions.get(url);
    if (!current) return; // unsubscribed meanwhile
    if (entries) await db.listCopies.put({ url, version: meta.version, entries: [...entries], filters });
    // Only a fully accepted copy earns the ETag: a refused one must be fetched and judged again.
    const { refusal: _old, ...rest } = current;
    await db.listSubscriptions.put({ ...rest, good, checkedAt: now, ...(etag ? { etag } : {}) });
  });
  return entries ? 'accepted' : 'unchanged';
}

type Checks = Checked<{ meta: ListMeta; entries: readonly ListEntry[] | null; etag: string | undefined }>;

async function fetchAndCheck(db: KuzetDb, sub: ListSubscriptionRow, fetchFn: FetchLike, now: number, last: { version: number; entryCount: number } | undefined): Promise<Checks | 'notModified'> {
  let metaFile;
  try {
    metaFile = await fetchBytes(fetchFn, fileUrl(sub.url, 'meta.json'), MAX_META_BYTES, sub.good ? sub.etag : undefined);
  } catch (error) {
    return refuse('fetch', error instanceof Error ? error.message : String(error));
  }
  if (metaFile.status === 'notModified') return 'notModified';
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(metaFile.bytes));
  } catch {
    return refuse('malformed', 'meta.json is not JSON');
  }
  const checked = await checkMeta(raw, sub.publicKey, last, now);
  if (!checked.ok) return checked;
  const meta = checked.value;
  // Same version re-signed (a later expiry, say): keep the entries, take the new facts.
  if (last && meta.version === last.version && (await db.listCopies.get(sub.url))) return { ok: true, value: { meta, entries: null, etag: metaFile.etag } };
  const entries = await nextEntries(db, sub.url, meta, fetchFn);
  return entries.ok ? { ok: true, value: { meta, entries: entries.value, etag: metaFile.etag } } : entries;
}

async function nextEntries(db: KuzetDb, url: string, meta: ListMeta, fetchFn: FetchLike): Promise<Checked<readonly ListEntry[]>> {
  const copy = await db.listCopies.get(url);
  const deltaName = copy ? deltaFileName(copy.version, meta.version) : null;
  if (copy && deltaName && meta.files.some((f) => f.name === deltaName)) {
    const delta = await readSigned(fetchFn, url, meta, deltaName);
    const applied = delta.ok ? applyDelta(copy.entries, copy.version, delta.value, meta) : delta;
    if (applied.ok) return applied;
    // A broken delta is not the end: the full list is signed too.
  }
  const full = await readSigned(fetchFn, url, meta, listFileName(meta.version));
  return full.ok ? entriesOfFull(full.value, meta) : full;
}

async function readSigned(fetchFn: FetchLike, url: string, meta: ListMeta, name: string): Promise<Checked<unknown>> {
  const listed = meta.files.find((f) => f.name === name);
  if (!listed) return refuse('fileMissing', `${name} is not in the signed meta`);
  try {
    const file = await fetchBytes(fetchFn, fileUrl(url, name), listed.bytes);
    if (file.status !== 'ok') return refuse('fetch', `${name}: unexpected 304`);
    return await checkFileBytes(meta, name, file.bytes);
  } catch (error) {
    return refuse('fetch', error instanceof Error ? error.message : String(error));
  }
}

/** One filter per category present, so the policy can ask category by category. */
export function filtersOf(entries: readonly ListEntry[]): Partial<Record<ReportCategory, FuseFilter>> {
  const byCategory = new Map<ReportCategory, string[]>();
  for (const e of entries) {
    const hashes = byCategory.get(e.category) ?? [];
    hashes.push(e.keyHash);
    byCategory.set(e.category, hashes);
  }
  return Object.fromEntries([...byCategory].map(([category, hashes]) => [category, buildFilter(hashes)]));
}
