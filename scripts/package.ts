// `npm run package`: the store packages, from the release builds the npm script makes first.
// web-ext zips dist/chrome (Chrome Web Store) and dist/firefox (addons.mozilla.org) into
// out/packages/kuzet-<browser>-<version>.zip, and the source zip AMO asks for (every file git
// tracks, README first, so a reviewer can rebuild with `npm ci && npm run package`) beside them.
// The version is package.json's; a build carrying another version is refused.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import webExt from 'web-ext';
import { repoRoot } from './browser/paths.ts';

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const artifactsDir = join(repoRoot, 'out', 'packages');
mkdirSync(artifactsDir, { recursive: true });

for (const browser of ['chrome', 'firefox'] as const) {
  const sourceDir = join(repoRoot, 'dist', browser);
  const built = (JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8')) as { version: string }).version;
  if (built !== version) throw new Error(`dist/${browser} is version ${built}, package.json says ${version}: rebuild with --release`);
  const filename = `kuzet-${browser}-${version}.zip`;
  // Source maps never ship: release builds have none, and this keeps a stray one out.
  await webExt.cmd.build({ sourceDir, artifactsDir, filename, overwriteDest: true, ignoreFiles: ['**/*.map'] }, { shouldExitProgram: false });
  console.log(`out/packages/${filename}`);
}

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
const files = Object.fromEntries(tracked.map((path) => [`kuzet-${version}-source/${path}`, new Uint8Array(readFileSync(join(repoRoot, path)))]));
const sourceZip = `kuzet-${version}-source.zip`;
writeFileSync(join(artifactsDir, sourceZip), zipSync(files, { level: 9 }));
console.log(`out/packages/${sourceZip} (${tracked.length} files)`);
