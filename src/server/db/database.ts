// The one database interface the server uses, so PGlite (embedded, default) and a real
// PostgreSQL (`pg`, when DATABASE_URL is set) run the same SQL and the same migrations.
export interface QueryOptions {
  /**
   * A hot statement's name (lower-case letters, digits, _): outside a transaction it is kept
   * prepared under this name, parsed and planned once per connection, not at every call. Its
   * parameters must then be strings or null (the SQL casts them).
   */
  name?: string;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<{ rows: T[] }>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: all of it commits or none of it does. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

/** int8 and numeric come back as strings from `pg` and as numbers or bigints from PGlite. */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
