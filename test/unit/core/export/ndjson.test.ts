// The NDJSON export read back the way a researcher's tool reads it: split on newlines, every
// line checked by the contract's valibot parser and by the published JSON Schema (ajv), with
// the provenance first and every record and text surviving the round trip exactly.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../../src/core/export/exportFile.ts';
import { type ExportLine, parseExportLine } from '../../../../src/core/export/ndjsonFormat.ts';
import { COMMENTS, HOSTILE_NAME, HOSTILE_TEXT, sampleInput, T0 } from './exportSample.ts';

const schema = JSON.parse(readFileSync(new URL('../../../../schema/export.ndjson.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function readBack(text: string): ExportLine[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((raw, i) => {
      expect(validate(JSON.parse(raw)), `line ${i + 1}: ${JSON.stringify(validate.errors)}`).toBe(true);
      const parsed = parseExportLine(raw);
      if (!parsed.ok) throw new Error(`line ${i + 1}: ${parsed.error}`);
      return parsed.line;
    });
}

describe('NDJSON export', () => {
  const file = exportFile('ndjson', sampleInput());
  const lines = readBack(file.text);

  it('starts with the provenance: version, time range, sites, pages, lists and weights in force', () => {
    expect(lines[0]).toMatchObject({
      kind: 'provenance',
      extensionVersion: '0.1.0',
      exportedAt: T0 + 7_200_000,
      timeRange: { from: T0, to: T0 + 40 * 60_000 },
      sites: ['kz'],
      pageUrls: ['https://news.example.kz/article/1', 'https://news.example.kz/article/2'],
      listVersions: [{ list: 'https://lists.example.org/kz', version: 7 }],
      weights: { model: 'logistic', weights: { copypasta: 4.5 } },
    });
    expect(lines.filter((l) => l.kind === 'provenance')).toHaveLength(1);
  });

  it('carries every comment, author, thread and verdict, hostile texts unchanged', () => {
    const count = (kind: string) => lines.filter((l) => l.kind === kind).length;
    expect(count('comment')).toBe(COMMENTS.length);
    expect(count('author')).toBe(6);
    expect(count('thread')).toBe(2);
    expect(count('verdict')).toBe(11);
    const ann = lines.find((l) => l.kind === 'comment' && l.authorKey === 'kz:ann');
    expect(ann).toMatchObject({ displayName: HOSTILE_NAME, text: HOSTILE_TEXT });
  });

  it('has same-text and co-occurrence edges between the flagged brigade, citing comments', () => {
    const edges = lines.filter((l) => l.kind === 'edge');
    // bot1 posted first (the original, not flagged); bot2..bot4 copied it in both threads.
    const pairs = edges.map((e) => `${e.type} ${e.a} ${e.b} ${e.weight}`).sort();
    expect(pairs).toEqual([
      'coOccurrence kz:bot2 kz:bot3 2', 'coOccurrence kz:bot2 kz:bot4 2', 'coOccurrence kz:bot3 kz:bot4 2',
      'sameText kz:bot2 kz:bot3 1', 'sameText kz:bot2 kz:bot4 1', 'sameText kz:bot3 kz:bot4 1',
    ]);
    const ids = new Set(COMMENTS.map((c) => c.id));
    for (const e of edges) for (const id of e.evidence.commentIds) expect(ids.has(id)).toBe(true);
  });

  it('refuses a line that breaks the contract, saying where', () => {
    expect(parseExportLine('{"kind":"edge","a":"x","b":"y","type":"friends","weight":1,"evidence":{"commentIds":[]}}')).toMatchObject({ ok: false, error: expect.stringContaining('type') });
    expect(parseExportLine('not json').ok).toBe(false);
    expect(validate({ kind: 'comment', id: 'x' })).toBe(false);
  });

  it('names the file after scope and time', () => {
    expect(file.filename).toBe('kuzet-all-2026-11-20T11-00-00Z.ndjson');
  });
});
