// `npm run lint:ext`: the built extension as the stores will see it. dist/firefox goes through
// Mozilla's addons-linter (what AMO runs on upload) and must give 0 errors and 0 warnings;
// dist/chrome's manifest is checked against what Chrome accepts (lintExt/chromeManifest.ts).
// Run it on release builds (the npm script builds them first). Exits non-zero on any finding.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import addonsLinter from 'addons-linter';
import { chromeManifestProblems } from './lintExt/chromeManifest.ts';
import { repoRoot } from './browser/paths.ts';

const firefoxDir = join(repoRoot, 'dist', 'firefox');
const chromeDir = join(repoRoot, 'dist', 'chrome');

async function lintFirefox(): Promise<string[]> {
  const linter = addonsLinter.createInstance({
    config: { _: [firefoxDir], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: false },
    runAsBinary: false,
  });
  const result = await linter.run();
  console.log(`addons-linter dist/firefox: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
  return [...result.errors, ...result.warnings].map((f) => `firefox: ${f.code} ${f.file ?? ''}: ${f.message}`);
}

function filesUnder(dir: string): Set<string> {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [relative(dir, join(d, e.name)).split(sep).join('/')]));
  return new Set(walk(dir));
}

function lintChrome(): string[] {
  const manifest = JSON.parse(readFileSync(join(chromeDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const localeFile = join(chromeDir, '_locales', String(manifest['default_locale'] ?? 'en'), 'messages.json');
  const defaultMessages = existsSync(localeFile) ? (JSON.parse(readFileSync(localeFile, 'utf8')) as Record<string, { message: string }>) : null;
  const problems = chromeManifestProblems({ manifest, files: filesUnder(chromeDir), defaultMessages });
  console.log(`Chrome manifest dist/chrome: ${problems.length} problems`);
  return problems.map((p) => `chrome: ${p}`);
}

for (const dir of [firefoxDir, chromeDir]) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`lint:ext: no build in ${dir}; run npm run lint:ext (it builds both first)`);
    process.exit(2);
  }
}
const findings = [...(await lintFirefox()), ...lintChrome()];
for (const f of findings) console.error(f);
process.exit(findings.length === 0 ? 0 : 1);
