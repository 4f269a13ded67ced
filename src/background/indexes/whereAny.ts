// Rows whose index value is any of some keys, as one equality query per key run side by side.
// Dexie's anyOf walks one cursor that jumps from key to key; fake-indexeddb (the unit tests)
// makes every jump a linear scan, seconds for a hundred keys, while per-key queries cost the
// same in a browser and stay fast in tests. Rows matching several keys come back once.
import type { IndexableType, Table } from 'dexie';

export async function whereAny<Row, Key, Insert>(table: Table<Row, Key, Insert>, index: string, keys: Iterable<IndexableType>, limitPerKey = Infinity): Promise<Row[]> {
  const unique = [...new Set(keys)];
  const lists = await Promise.all(
    unique.map((key) => {
      const query = table.where(index).equals(key);
      return Number.isFinite(limitPerKey) ? query.limit(limitPerKey).toArray() : query.toArray();
    }),
  );
  const pk = table.schema.primKey;
  if (lists.length <= 1) return lists[0] ?? [];
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const list of lists) {
    for (const row of list) {
      const id = JSON.stringify(pk.keyPath === null || pk.keyPath === undefined ? row : readKey(row, pk.keyPath));
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push(row);
    }
  }
  return rows;
}

function readKey(row: unknown, path: string | string[]): unknown {
  const record = row as Record<string, unknown>;
  return Array.isArray(path) ? path.map((p) => record[p]) : record[path];
}
