// The CSV export read back with csv-parse in strict RFC 4180 terms: one header, one row per
// comment, every field (commas, quotes, CR/LF inside a text) exactly as stored, CRLF between
// records, the author's verdict beside each comment and the provenance on every row.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../../src/core/export/csvExport.ts';
import { exportFile } from '../../../../src/core/export/exportFile.ts';
import { COMMENTS, HOSTILE_NAME, HOSTILE_TEXT, sampleInput } from './exportSample.ts';

describe('CSV export', () => {
  const file = exportFile('csv', sampleInput());
  const rows: Record<(typeof CSV_COLUMNS)[number], string>[] = parse(file.text, { columns: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false });

  it('has a header and one row per comment, records separated by CRLF', () => {
    expect(file.text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(COMMENTS.length);
    expect(file.text.endsWith('\r\n')).toBe(true);
  });

  it('keeps hostile names and multi-line texts exactly', () => {
    const ann = rows.find((r) => r.author_key === 'kz:ann' && r.thread_url.endsWith('/1'))!;
    // A lone surrogate cannot be UTF-8 encoded: the file has U+FFFD there, like every UTF-8 writer.
    expect(ann.display_name).toBe(HOSTILE_NAME.replace('\uD800', '\uFFFD'));
    expect(ann.text).toBe(HOSTILE_TEXT);
    expect(ann.time).toBe('2026-11-20T09:00:00.000Z');
  });

  it('puts the author verdict in that thread beside each comment', () => {
    const copier = rows.find((r) => r.author_key === 'kz:bot3')!;
    expect(copier.author_level).toBe('likely');
    expect(copier.author_reasons.split(' ')).toContain('copypasta');
    expect(Number(copier.author_score)).toBeGreaterThan(0.75);
    expect(rows.find((r) => r.author_key === 'kz:bek')!.author_level).toBe('none');
  });

  it('carries the provenance on every row', () => {
    for (const r of rows) {
      expect(r).toMatchObject({ kuzet_version: '0.1.0', exported_at: '2026-11-20T11:00:00.000Z', export_scope: 'all' });
      expect(r.export_time_from).toBe('2026-11-20T09:00:00.000Z');
      expect(r.list_versions).toBe('https://lists.example.org/kz@7');
      expect(r.weights).toContain('copypasta=4.5');
      expect(r.weights).toContain('burst=1.5');
      expect(r.weights).toContain('likely>=0.75');
    }
  });
});
