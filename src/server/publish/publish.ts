// Publishes the accepted targets as static signed files any web server or CDN can carry:
// list-<v>.json (full), delta-<from>-<v>.json from recent versions, and meta.json (signed,
// naming each file's sha256). Meta is written last, so a reader never sees a meta whose files
// are missing. An unchanged list keeps its version and gets a fresh expiry.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  canonicalJson,
  deltaFileName,
  listFileName,
  type ListDelta,
  type ListEntryWire,
  type ListFull,
  type ListMeta,
} from '../../core/lists/format.ts';
import { signMeta } from '../../core/lists/signing.ts';
import { num, type Database } from '../db/database.ts';
import type { ListKey } from './listKey.ts';

export interface PublishOptions {
  outDir: string;
  key: ListKey;
  name: string;
  maintainer: string;
  now: number;
  validForMs: number;
  /** How many earlier versions get a delta to the new one. */
  deltas: number;
}

export async function currentEntries(db: Database): Promise<ListEntryWire[]> {
  const { rows } = await db.query<{ key_hash: string; category: string; reasons: string[]; first_seen: unknown }>(
    "select key_hash, category, reasons, first_seen from targets where state = 'accepted' order by key_hash",
  );
  return rows.map((r) => ({ keyHash: r.key_hash, category: r.category as ListEntryWire['category'], reasons: r.reasons, firstSeen: num(r.first_seen) }));
}

export function diff(from: ListEntryWire[], to: ListEntryWire[]): Pick<ListDelta, 'upsert' | 'remove'> {
  const before = new Map(from.map((e) => [e.keyHash, canonicalJson(e)]));
  const after = new Set(to.map((e) => e.keyHash));
  return {
    upsert: to.filter((e) => before.get(e.keyHash) !== canonicalJson(e)),
    remove: from.filter((e) => !after.has(e.keyHash)).map((e) => e.keyHash),
  };
}

function writeAtomic(dir: string, name: string, text: string): { name: string; sha256: string; bytes: number } {
  const bytes = Buffer.from(text, 'utf8');
  writeFileSync(join(dir, `.${name}.tmp`), bytes);
  renameSync(join(dir, `.${name}.tmp`), join(dir, name));
  return { name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

export async function publishList(db: Database, options: PublishOptions): Promise<ListMeta> {
  const entries = await currentEntries(db);
  const { rows: history } = await db.query<{ version: number; entries: ListEntryWire[] }>(
    'select version, entries from list_versions order by version desc limit $1',
    [options.deltas + 1],
  );
  const last = history[0];
  let version = last ? Number(last.version) : 0;
  if (!last || canonicalJson(last.entries) !== canonicalJson(entries)) {
    version += 1;
    await db.query('insert into list_versions (version, published_at, entries) values ($1, $2, $3::jsonb)', [version, options.now, JSON.stringify(entries)]);
    history.unshift({ version, entries });
  }
  mkdirSync(options.outDir, { recursive: true });
  const full: ListFull = { v: 1, kind: 'full', version, entries };
  const files = [writeAtomic(options.outDir, listFileName(version), JSON.stringify(full))];
  for (const earlier of history.filter((h) => Number(h.version) < version).slice(0, options.deltas)) {
    const from = Number(earlier.version);
    const delta: ListDelta = { v: 1, kind: 'delta', from, to: version, ...diff(earlier.entries, entries) };
    files.push(writeAtomic(options.outDir, deltaFileName(from, version), JSON.stringify(delta)));
  }
  const meta = await signMeta(
    {
      v: 1,
      name: options.name,
      maintainer: options.maintainer,
      version,
      issuedAt: options.now,
      expiresAt: options.now + options.validForMs,
      publicKey: options.key.publicKey,
      entryCount: entries.length,
      files,
    },
    options.key.sign,
  );
  writeAtomic(options.outDir, 'meta.json', JSON.stringify(meta, null, 1));
  return meta;
}
