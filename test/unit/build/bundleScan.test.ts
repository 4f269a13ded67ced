// No remote code and no eval, read from the release bundles of both browsers (built here by the
// same esbuild options scripts/build.ts uses): no eval, no Function constructor, no string timers,
// no importScripts, no script or import from a URL, no inline script in the extension pages.
// Stores reject extensions that run code they did not ship; this keeps Kuzet from ever doing so.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlesFor } from '../../../scripts/build/bundles.ts';
import { repoRoot } from '../../../scripts/browser/paths.ts';

const FORBIDDEN: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['Function constructor', /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['import from a URL', /\bimport\s*\(\s*["'`](https?:)?\/\//],
  ['script from a URL', /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i],
];

const builds: Record<string, Map<string, string>> = {};
let dir: string;

async function readTree(root: string, sub = ''): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(join(root, sub), { withFileTypes: true })) {
    const path = join(sub, entry.name);
    if (entry.isDirectory()) for (const [p, t] of await readTree(root, path)) files.set(p, t);
    else files.set(path, await readFile(join(root, path), 'utf8'));
  }
  return files;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kuzet-bundles-'));
  for (const browser of ['chrome', 'firefox'] as const) {
    const outdir = join(dir, browser);
    await Promise.all(bundlesFor(browser, true, outdir).map((options) => esbuild.build({ ...options, absWorkingDir: repoRoot, logLevel: 'silent' })));
    builds[browser] = await readTree(outdir);
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(['chrome', 'firefox'])('the %s release bundles', (browser) => {
  it('are the content script, the background and the pages, all shipped in the package', () => {
    expect([...builds[browser]!.keys()]).toEqual(expect.arrayContaining(['content.js', 'background.js', 'popup.js', 'options.js']));
  });

  it.each(FORBIDDEN)('contain no %s', (_what, pattern) => {
    const hits = [...builds[browser]!].filter(([, text]) => pattern.test(text)).map(([file, text]) => `${file}: …${text.slice(Math.max(0, text.search(pattern) - 60), text.search(pattern) + 60)}…`);
    expect(hits).toEqual([]);
  });

  it('cannot render raw HTML through Preact (the guard of scripts/build/noRawHtml.ts is in the pages)', () => {
    const pages = [...builds[browser]!].filter(([file]) => !['content.js', 'background.js'].includes(file)).map(([, t]) => t).join('\n');
    expect(pages).not.toMatch(/\.innerHTML\s*=/);
    expect(pages).toContain('Kuzet renders no raw HTML');
  });
});

describe('the extension pages', () => {
  it.each(['src/ui/popup/popup.html', 'src/ui/options/options.html'])('%s loads only its own bundled script, none inline', async (page) => {
    const html = await readFile(join(repoRoot, page), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body!.trim(), 'inline script').toBe('');
      expect(attrs).toMatch(/src="\.?\/?[\w-]+\.js"/);
    }
  });
});
