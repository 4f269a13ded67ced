// One export as a file to download: the format the user picked, its text, a file name that
// says what and when, and the MIME type. Shared by the background handler and the tests.
import { toCsv } from './csvExport.ts';
import { exportLines } from './exportLines.ts';
import type { ExportInput } from './exportInput.ts';
import { toGraphml } from './graphmlExport.ts';
import type { ExportFormat } from './exportFormats.ts';
import { formatNdjson } from './ndjsonFormat.ts';

export { EXPORT_FORMATS, type ExportFormat } from './exportFormats.ts';

export interface ExportFile { filename: string; mime: string; text: string }

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  ndjson: 'application/x-ndjson;charset=utf-8',
  graphml: 'application/graphml+xml;charset=utf-8',
};

export function exportFile(format: ExportFormat, input: ExportInput): ExportFile {
  const lines = exportLines(input);
  const text = format === 'csv' ? toCsv(lines) : format === 'ndjson' ? formatNdjson(lines) : toGraphml(lines);
  // 2026-11-26T02-40-00Z: sortable, and legal in file names on every system.
  const stamp = new Date(input.exportedAt).toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return { filename: `kuzet-${input.scope}-${stamp}.${format}`, mime: MIME[format], text };
}
