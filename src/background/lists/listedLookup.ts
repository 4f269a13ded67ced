// Feeds the `listed` signal: which of the scored authors the subscribed lists name, after the
// policy across lists. Only lists whose last good copy has not expired count. Filters are held
// in memory per list version (rebuilt from the stored copy when the worker wakes or a new
// version arrives); an author key is hashed once and looked up in each category's filter.
import type { ListedEntry } from '../../core/heuristics/context.ts';
import { filterHas, type FuseFilter } from '../../core/lists/listFilter.ts';
import { keyHash } from '../../core/lists/format.ts';
import { applyListPolicy, type ListHit } from '../../core/lists/listPolicy.ts';
import { REPORT_CATEGORIES, type AuthorKey, type ReportCategory } from '../../core/model.ts';
import type { KuzetDb, ListSubscriptionRow } from '../db.ts';
import { readPolicy } from './listConfig.ts';

type Filters = Partial<Record<ReportCategory, FuseFilter>>;
// Per database (tests open many) and per list URL; the pinned key guards against a re-subscription.
const caches = new WeakMap<KuzetDb, Map<string, { version: number; publicKey: string; filters: Filters }>>();

async function filtersOf(db: KuzetDb, sub: ListSubscriptionRow): Promise<Filters | null> {
  const cache = caches.get(db) ?? new Map<string, { version: number; publicKey: string; filters: Filters }>();
  caches.set(db, cache);
  const held = cache.get(sub.url);
  if (held && held.version === sub.good?.version && held.publicKey === sub.publicKey) return held.filters;
  const copy = await db.listCopies.get(sub.url);
  if (!copy || copy.version !== sub.good?.version) return null;
  cache.set(sub.url, { version: copy.version, publicKey: sub.publicKey, filters: copy.filters });
  return copy.filters;
}

/** Lists in force now: accepted at least once and not expired. */
export async function usableLists(db: KuzetDb, now: number): Promise<ListSubscriptionRow[]> {
  return (await db.listSubscriptions.toArray()).filter((s) => s.good !== undefined && s.good.expiresAt > now);
}

export async function listedOf(db: KuzetDb, keys: readonly AuthorKey[], now = Date.now()): Promise<Map<AuthorKey, ListedEntry[]>> {
  const found = new Map<AuthorKey, ListedEntry[]>();
  const lists = await usableLists(db, now);
  if (lists.length === 0 || keys.length === 0) return found;
  const loaded = (await Promise.all(lists.map(async (sub) => ({ sub, filters: await filtersOf(db, sub) })))).filter(
    (l): l is { sub: ListSubscriptionRow; filters: Filters } => l.filters !== null,
  );
  const policy = await readPolicy(db);
  for (const key of keys) {
    const hash = await keyHash(key);
    const hits: ListHit[] = [];
    for (const { sub, filters } of loaded) {
      for (const category of REPORT_CATEGORIES) {
        const filter = filters[category];
        if (filter && filterHas(filter, hash)) hits.push({ list: sub.good?.name ?? sub.url, category, weight: sub.trust });
      }
    }
    const kept = applyListPolicy(hits, lists.length, policy);
    if (kept.length > 0) found.set(key, kept);
  }
  return found;
}
