// Turns the last good copy and a verified delta into the next version's entries, or a full
// list file into them. Pure: both paths end in the same sorted, duplicate-free entry array,
// which the caller checks against the signed meta (count, version) before accepting it.
import * as v from 'valibot';
import type { ListEntry } from '../model.ts';
import { type ListMeta, listDeltaSchema, listFullSchema } from './format.ts';
import { type Checked, checkEntries, refuse } from './verifyList.ts';

/** Entries of a full list file whose bytes the meta already vouched for. */
export function entriesOfFull(raw: unknown, meta: ListMeta): Checked<readonly ListEntry[]> {
  const parsed = v.safeParse(listFullSchema, raw);
  if (!parsed.success) return refuse('malformed', parsed.issues[0]?.message ?? 'list does not match the format');
  if (parsed.output.version !== meta.version) return refuse('malformed', `list version ${parsed.output.version}, meta ${meta.version}`);
  return checkEntries(parsed.output.entries, meta);
}

/** Applies a delta file from `fromVersion` to the meta's version; removes first, then upserts. */
export function applyDelta(entries: readonly ListEntry[], fromVersion: number, raw: unknown, meta: ListMeta): Checked<readonly ListEntry[]> {
  const parsed = v.safeParse(listDeltaSchema, raw);
  if (!parsed.success) return refuse('malformed', parsed.issues[0]?.message ?? 'delta does not match the format');
  const delta = parsed.output;
  if (delta.from !== fromVersion || delta.to !== meta.version) {
    return refuse('malformed', `delta ${delta.from}→${delta.to} does not lead from ${fromVersion} to ${meta.version}`);
  }
  const byKey = new Map(entries.map((e) => [e.keyHash, e]));
  for (const keyHash of delta.remove) byKey.delete(keyHash);
  for (const entry of delta.upsert) byKey.set(entry.keyHash, entry);
  const next = [...byKey.values()].sort((a, b) => (a.keyHash < b.keyHash ? -1 : a.keyHash > b.keyHash ? 1 : 0));
  return checkEntries(next, meta);
}
