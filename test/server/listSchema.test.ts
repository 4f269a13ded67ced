// The published JSON Schemas describe exactly the fields the valibot schemas of C5 accept, so
// the README's format documentation cannot drift from what clients check.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDeltaSchema, listEntrySchema, listFullSchema, listMetaSchema, signedReportSchema } from '../../src/core/lists/format.ts';

const load = (name: string) => JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8'));
const keys = (schema: { entries: Record<string, unknown> }) => Object.keys(schema.entries).sort();

describe('list JSON Schemas', () => {
  it.each([
    ['list-meta', listMetaSchema],
    ['list-full', listFullSchema],
    ['list-delta', listDeltaSchema],
    ['list-report', signedReportSchema],
  ] as const)('%s names the same members as the format', (name, schema) => {
    const json = load(name);
    expect(Object.keys(json.properties).sort()).toEqual(keys(schema));
    expect([...json.required].sort()).toEqual(keys(schema).filter((k) => name !== 'list-report' || k !== 'time'));
  });

  it('list entries carry key hash, category, reason codes and first-seen date, nothing else', () => {
    expect(Object.keys(load('list-full').properties.entries.items.properties).sort()).toEqual(keys(listEntrySchema));
  });
});
