// Which shared lists were in force, for an export's provenance. The lists client keeps its
// subscriptions in a table of the same database; this reads it without depending on its row
// type, so an export still works (with no lists named) before lists exist or if the table
// changes shape: a row counts when it names its list (base URL or id) and an applied version.
import type { KuzetDb } from '../db.ts';

/** Table names the lists client may use (issue 6.1 calls them "lists"; subscriptions by URL). */
const LIST_TABLES = ['lists', 'listSubscriptions', 'subscriptions'];

export async function readListVersions(db: KuzetDb): Promise<{ list: string; version: string | number }[]> {
  const table = db.tables.find((t) => LIST_TABLES.includes(t.name));
  if (!table) return [];
  const rows: unknown[] = await table.toArray();
  const found: { list: string; version: string | number }[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const r = row as Record<string, unknown>;
    const list = [r.base, r.url, r.name, r.id].find((x): x is string => typeof x === 'string' && x.length > 0);
    const version = [r.version, r.appliedVersion].find((x): x is string | number => typeof x === 'number' || typeof x === 'string');
    if (list !== undefined && version !== undefined) found.push({ list: list.slice(0, 2048), version });
  }
  return found.sort((p, q) => (p.list < q.list ? -1 : 1));
}
