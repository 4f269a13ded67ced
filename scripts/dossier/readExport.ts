// Reads a researcher NDJSON export (contract C6) line by line as a stream, so a file larger
// than memory comfortably holds as one string still loads; every line is checked with C6's
// own parser and a bad line stops the run with its number, never a half-read dossier.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type ExportLine, parseExportLine } from '../../src/core/export/ndjsonFormat.ts';
import { LARGE_INPUT_BYTES, type Progress, progressBar, silentProgress } from './progressBar.ts';

export async function readExport(path: string, progressFor: (bytes: number) => Progress = defaultProgress): Promise<ExportLine[]> {
  const size = statSync(path).size;
  const progress = progressFor(size);
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines: ExportLine[] = [];
  let number = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    number += 1;
    if (raw.trim() === '') continue;
    const parsed = parseExportLine(raw);
    if (!parsed.ok) {
      stream.destroy();
      throw new Error(`${path}:${number}: ${parsed.error}`);
    }
    lines.push(parsed.line);
    if (number % 1000 === 0) progress.update(stream.bytesRead, number);
  }
  progress.finish(number);
  if (lines[0]?.kind !== 'provenance') throw new Error(`${path}: the first line must be the provenance line (contract C6)`);
  return lines;
}

function defaultProgress(bytes: number): Progress {
  return bytes >= LARGE_INPUT_BYTES && process.stderr.isTTY ? progressBar(bytes, (t) => process.stderr.write(t)) : silentProgress;
}
