// Runs a hot statement through PGlite as a NAMED prepared statement: parsed (and, once
// PostgreSQL settles on a generic plan, planned) once per database, then one Bind, Describe,
// Execute and Sync sent as a single buffer (pgliteBind.ts). PGlite's own query() parses,
// describes and plans every call in six separate trips through its WebAssembly module, 1.5-3.7
// ms a statement on the bench machine whatever the batch size. Same lock, same flush to the data
// directory after the statement as query(): only the trips and the re-planning are saved.
import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import { runPreparedMessage } from './pgliteBind.ts';

const { serialize } = protocol;

/** A statement name PostgreSQL accepts as it is (no quoting, nothing user-made ever reaches it). */
const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A named statement's parameters go as text: the SQL casts them, nothing is guessed here. */
export function preparedParams(params: readonly unknown[]): (string | null)[] {
  return params.map((param, i) => {
    if (param === null || typeof param === 'string') return param;
    throw new TypeError(`parameter $${i + 1} of a named statement must be a string or null`);
  });
}

export function preparedRunner(pg: PGlite) {
  // What each name was prepared with: the same name with other SQL is a caller's mistake, refused.
  const prepared = new Map<string, string>();
  return async function runPrepared<T>(name: string, sql: string, params: readonly (string | null)[]): Promise<T[]> {
    if (!NAME.test(name)) throw new Error(`not a statement name: ${name}`);
    return pg.runExclusive(async () => {
      // Looked up under the lock: two first calls at once must not both send the Parse.
      const known = prepared.get(name);
      if (known !== undefined && known !== sql) throw new Error(`statement ${name} was prepared with other SQL`);
      if (known === undefined) {
        // Prepared alone first: a Parse that fails leaves no statement behind, one that works is
        // known from here on even if its first run fails.
        await pg.execProtocol(Buffer.concat([serialize.parse({ name, text: sql }), serialize.sync()]), { syncToFs: false });
        prepared.set(name, sql);
      }
      // Text parameters: the SQL casts them ($1::json), so no types are declared.
      const { messages } = await pg.execProtocol(runPreparedMessage(name, params), { syncToFs: false });
      // As query() does outside a transaction: written to the data directory before answering.
      await pg.syncToFs();
      return (parse.parseResults(messages, pg.parsers)[0]?.rows ?? []) as T[];
    });
  };
}
