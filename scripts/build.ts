// Builds the extension for one browser: `tsx scripts/build.ts --browser chrome|firefox
// [--watch] [--release]` writes dist/<browser> from one source (manifest.json, src/, _locales/).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { bundlesFor } from './build/bundles.ts';
import { type Browser, manifestFor } from './build/manifestFor.ts';

const { values } = parseArgs({
  options: {
    browser: { type: 'string' },
    watch: { type: 'boolean', default: false },
    release: { type: 'boolean', default: false },
  },
});
if (values.browser !== 'chrome' && values.browser !== 'firefox') {
  console.error('usage: tsx scripts/build.ts --browser chrome|firefox [--watch] [--release]');
  process.exit(2);
}
const browser: Browser = values.browser;
const outdir = `dist/${browser}`;

async function writeStatic(): Promise<void> {
  const source = JSON.parse(await readFile('manifest.json', 'utf8')) as Record<string, unknown>;
  const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  await writeFile(`${outdir}/manifest.json`, `${JSON.stringify(manifestFor(source, browser, version), null, 2)}\n`);
  await cp('_locales', `${outdir}/_locales`, { recursive: true });
  await cp('icons', `${outdir}/icons`, { recursive: true });
  await cp('src/ui/popup/popup.html', `${outdir}/popup.html`);
  await cp('src/ui/options/options.html', `${outdir}/options.html`);
}

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await writeStatic();
const bundles = bundlesFor(browser, values.release, outdir);
if (values.watch) {
  for (const options of bundles) await (await esbuild.context(options)).watch();
  console.log(`Kuzet: watching, writing ${outdir} (static files are copied at start; restart after changing them)`);
} else {
  await Promise.all(bundles.map((options) => esbuild.build(options)));
  console.log(`Kuzet: built ${outdir}${values.release ? ' (release)' : ''}`);
}
