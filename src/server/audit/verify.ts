// Verifies an exported audit log: sequence without gaps from 1, each entry chained to the one
// before, each hash recomputed from its content. Used by the server CLI and the tests.
import * as v from 'valibot';
import { entryHash, GENESIS_HASH } from './log.ts';

const entrySchema = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  at: v.number(),
  actor: v.string(),
  action: v.string(),
  payload: v.record(v.string(), v.unknown()),
  prevHash: v.string(),
  hash: v.string(),
});

export type AuditVerdict = { ok: true; entries: number; head: string } | { ok: false; line: number; problem: string };

export function verifyAuditNdjson(ndjson: string): AuditVerdict {
  const lines = ndjson.split('\n').filter((line) => line.trim() !== '');
  let prev = GENESIS_HASH;
  for (const [index, line] of lines.entries()) {
    const lineNo = index + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { ok: false, line: lineNo, problem: 'not JSON' };
    }
    const result = v.safeParse(entrySchema, parsed);
    if (!result.success) return { ok: false, line: lineNo, problem: 'not an audit entry' };
    const entry = result.output;
    if (entry.seq !== lineNo) return { ok: false, line: lineNo, problem: `sequence ${entry.seq} where ${lineNo} belongs (entry missing or moved)` };
    if (entry.prevHash !== prev) return { ok: false, line: lineNo, problem: 'does not chain to the entry before' };
    if (entryHash(prev, entry) !== entry.hash) return { ok: false, line: lineNo, problem: 'content changed after it was written' };
    prev = entry.hash;
  }
  return { ok: true, entries: lines.length, head: prev };
}
