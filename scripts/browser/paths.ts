// Where things live, resolved from this file so scripts work from any working directory
// and on any clone (never an absolute /work path).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// join, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the page's, not Node's.
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distChrome = join(repoRoot, 'dist', 'chrome');
export const distFirefox = join(repoRoot, 'dist', 'firefox');
export const outDir = join(repoRoot, 'out');

/** A saved page under test/fixtures/, where the repo keeps its copy with PROVENANCE.md. */
export function fixturePath(relative: string): string {
  const path = join(repoRoot, 'test', 'fixtures', relative);
  if (!existsSync(path)) throw new Error(`Saved page not found: ${path}`);
  return path;
}
