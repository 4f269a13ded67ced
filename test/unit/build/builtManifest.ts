// The manifests exactly as scripts/build.ts writes them (same source, same function, same
// version), so the build tests read what ships without needing a dist/ on disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, manifestFor } from '../../../scripts/build/manifestFor.ts';
import { repoRoot } from '../../../scripts/browser/paths.ts';

export const builtManifest = (browser: Browser): Record<string, unknown> => {
  const source = JSON.parse(readFileSync(join(repoRoot, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return manifestFor(source, browser, version);
};

export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
