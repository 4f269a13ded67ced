// Where things live, resolved from this file so scripts work from any working directory
// and on any clone (never an absolute /work path).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distChrome = join(repoRoot, 'dist', 'chrome');
export const distFirefox = join(repoRoot, 'dist', 'firefox');
export const outDir = join(repoRoot, 'out');

/** A saved page under test/fixtures/, where the repo keeps its copy with PROVENANCE.md. */
export function fixturePath(relative: string): string {
  const path = join(repoRoot, 'test', 'fixtures', relative);
  if (!existsSync(path)) throw new Error(`Saved page not found: ${path}`);
  return path;
}
