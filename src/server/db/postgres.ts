// A real PostgreSQL through `pg` when DATABASE_URL is set: the same SQL as PGlite.
import pg from 'pg';
import type { Database, Queryable, QueryOptions } from './database.ts';

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // Fail at start, not at the first report, when the URL is wrong.
  await pool.query('select 1');
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    // pg keeps a named statement prepared on each pooled connection it ran on.
    query: async <T>(sql: string, params: unknown[] = [], options: QueryOptions = {}) => ({
      rows: (await q.query(options.name ? { name: options.name, text: sql, values: params } : { text: sql, values: params })).rows as T[],
    }),
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
