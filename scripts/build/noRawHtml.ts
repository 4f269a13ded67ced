// An esbuild plugin for the extension pages: Preact can write raw HTML through
// dangerouslySetInnerHTML (`el.innerHTML = props.__html`). Kuzet never renders raw HTML, so that
// one assignment is replaced by a throw: the pages cannot be made to parse HTML from list or page
// data even by mistake, and addons-linter has no innerHTML assignment left to warn about. The
// build fails if Preact's code changes shape, so the guard cannot silently vanish.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

const RAW_HTML_WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function noRawHtml(): Plugin {
  return {
    name: 'kuzet-no-raw-html',
    setup(build) {
      build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const writes = source.match(RAW_HTML_WRITE)?.length ?? 0;
        if (writes !== 1) {
          return { errors: [{ text: `kuzet-no-raw-html: expected one innerHTML write in ${args.path}, found ${writes}` }] };
        }
        const guarded = source.replace(RAW_HTML_WRITE, '(()=>{throw new Error("Kuzet renders no raw HTML")})()');
        return { contents: guarded, loader: 'js' };
      });
    },
  };
}
