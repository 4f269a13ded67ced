// Where things live, resolved from this file so scripts work from any working directory
// and on any clone (never an absolute /work path).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distChrome = join(repoRoot, 'dist', 'chrome');
export const outDir = join(repoRoot, 'out');

/**
 * A saved page under test/fixtures/, where the repo keeps its copy with provenance.
 * Falls back to ../shared/fixtures/ (the clone's sibling) so a checkout without the copy
 * still finds the page; throws naming both places when neither has it.
 */
export function fixturePath(relative: string): string {
  const candidates = [join(repoRoot, 'test', 'fixtures', relative), join(repoRoot, '..', 'shared', 'fixtures', relative)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Saved page ${relative} not found in:\n  ${candidates.join('\n  ')}`);
  return found;
}
