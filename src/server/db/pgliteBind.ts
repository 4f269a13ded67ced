// The wire bytes that run a named prepared statement once: Bind (text parameters, text results),
// Describe of the portal, Execute and Sync, built with Buffer's native UTF-8 writer. pg-protocol's
// serializer measures each string's UTF-8 length in a JavaScript loop, twice, and copies the
// message through growing buffers: for the intake batch statement (one JSON parameter of 5-30 KB)
// that was ~6% of the PGlite thread's time, the thread every report waits for.
import { protocol } from '@electric-sql/pglite';

const { serialize } = protocol;

/** Describe the unnamed portal, Execute it with no row limit, Sync: the same bytes every time. */
const TAIL = Buffer.concat([serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]);
const BIND = 0x42; // 'B'
const INT16 = 2;
const INT32 = 4;

/** `statement` must be a plain SQL identifier (pglitePrepared.ts checks it): written as Latin-1. */
export function runPreparedMessage(statement: string, values: readonly (string | null)[]): Buffer {
  const lengths = values.map((value) => (value === null ? -1 : Buffer.byteLength(value, 'utf8')));
  const valueBytes = lengths.reduce((sum, length) => sum + INT32 + Math.max(length, 0), 0);
  // Length field, unnamed portal (its NUL), the statement and its NUL, the parameter format codes
  // (all 0: text), the parameters, and the result format codes (none: all text).
  const length = INT32 + 1 + statement.length + 1 + INT16 + INT16 * values.length + INT16 + valueBytes + INT16;
  const message = Buffer.allocUnsafe(1 + length + TAIL.length);
  let at = message.writeUInt8(BIND, 0);
  at = message.writeInt32BE(length, at);
  at = message.writeUInt8(0, at);
  at += message.write(statement, at, 'latin1');
  at = message.writeUInt8(0, at);
  at = message.writeUInt16BE(values.length, at);
  for (let i = 0; i < values.length; i++) at = message.writeInt16BE(0, at);
  at = message.writeUInt16BE(values.length, at);
  values.forEach((value, i) => {
    at = message.writeInt32BE(lengths[i] as number, at);
    if (value !== null) at += message.write(value, at, 'utf8');
  });
  at = message.writeInt16BE(0, at);
  TAIL.copy(message, at);
  return message;
}
