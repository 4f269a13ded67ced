// The hand-built Bind+Describe+Execute+Sync must be byte for byte what pg-protocol's serializer
// writes (the bytes PGlite already accepted), for every kind of text a report can carry.
import { protocol } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { runPreparedMessage } from '../../src/server/db/pgliteBind.ts';

const { serialize } = protocol;
const reference = (statement: string, values: (string | null)[]) =>
  Buffer.concat([serialize.bind({ statement, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]);

describe('runPreparedMessage', () => {
  const cases: [string, (string | null)[]][] = [
    ['no parameters', []],
    ['one ASCII JSON parameter', ['[{"id":"a-1","ra":1}]']],
    ['an empty string and a null', ['', null]],
    ['Russian, Kazakh and Kyrgyz text', ['Бұл пікір көшірілген; Бул комментарий көчүрүлгөн; Этот комментарий скопирован']],
    ['characters outside the BMP (surrogate pairs)', ['troll 🤡🇰🇿 𝒳']],
    ['a 40 KB batch and a second parameter', ['x'.repeat(40_000) + 'ө', '[{"key":"k","tokens":1.5,"at":2}]']],
  ];
  it.each(cases)('%s: same bytes as pg-protocol', (_, values) => {
    expect(runPreparedMessage('kuzet_intake_batch', values).equals(Buffer.from(reference('kuzet_intake_batch', values)))).toBe(true);
  });

  it('carries the statement name and each parameter length where PostgreSQL reads them', () => {
    const message = runPreparedMessage('s1', ['ә', null]);
    expect(String.fromCharCode(message[0] as number)).toBe('B');
    expect(message.readInt32BE(1)).toBe(message.indexOf(0x44 /* Describe */) - 1);
    // Portal "" then "s1": bytes 5.. are NUL, "s1", NUL.
    expect(message.subarray(5, 9).toString('latin1')).toBe('\0s1\0');
    // Two text format codes, then two values: "ә" is 2 UTF-8 bytes, null is -1.
    expect(message.readUInt16BE(9)).toBe(2);
    expect(message.readUInt16BE(15)).toBe(2);
    expect(message.readInt32BE(17)).toBe(2);
    expect(message.readInt32BE(23)).toBe(-1);
  });
});
