// The bundles of one browser build: what is an entry, in which format, for which target.
import type { BuildOptions } from 'esbuild';
import type { Browser } from './manifestFor.ts';
import { noRawHtml } from './noRawHtml.ts';

export function bundlesFor(browser: Browser, release: boolean, outdir: string): BuildOptions[] {
  const common: BuildOptions = {
    bundle: true,
    outdir,
    sourcemap: release ? false : 'linked',
    minify: release,
    target: browser === 'chrome' ? 'chrome120' : 'firefox128',
    define: { 'process.env.NODE_ENV': JSON.stringify(release ? 'production' : 'development') },
    logLevel: 'warning',
    plugins: [noRawHtml()],
  };
  return [
    // A content script is a classic script: one self-contained IIFE.
    { ...common, entryPoints: { content: 'src/content/main.ts' }, format: 'iife' },
    // Firefox's background scripts are classic scripts too; Chrome's worker is a module.
    { ...common, entryPoints: { background: 'src/background/main.ts' }, format: browser === 'chrome' ? 'esm' : 'iife' },
    {
      ...common,
      entryPoints: { popup: 'src/ui/popup/main.tsx', options: 'src/ui/options/main.tsx' },
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    },
  ];
}
