// Reads one CSV file of ../shared/data into header-keyed rows. The files are small enough
// (≤ 12 MB) to parse in one go; a multi-line quoted cell is one value, as in the source.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export type Row = Record<string, string>;

export function readCsv(path: string): Row[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Row[];
}

/** The header line only, so a folder can be recognised without parsing its rows. */
export function readHeader(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  return (parse(firstLine) as string[][])[0] ?? [];
}
