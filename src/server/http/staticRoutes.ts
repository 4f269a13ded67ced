// Static answers: the published list files under /lists/ (so the server can be the static
// host itself) and the moderator and appeal pages, bundled from src/server/pages on first use.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { AppContext } from './context.ts';
import { HttpError } from './io.ts';
import { pageCatalog, pageHtml, pageScript, PAGES, type PageName } from './pageBundle.ts';

const LIST_FILE = /^(meta\.json|list-\d{1,16}\.json|delta-\d{1,16}-\d{1,16}\.json)$/;

export async function serveListFile(ctx: AppContext, name: string, res: ServerResponse): Promise<void> {
  if (!LIST_FILE.test(name)) throw new HttpError(404, 'no such list file');
  let bytes: Buffer;
  try {
    bytes = await readFile(join(ctx.config.publishDir, name));
  } catch {
    throw new HttpError(404, 'no such list file');
  }
  // meta.json changes with every publication; versioned files never change.
  const cache = name === 'meta.json' ? 'no-cache' : 'public, max-age=31536000, immutable';
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': cache });
  res.end(bytes);
}

const SECURITY = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export async function servePage(path: string, res: ServerResponse): Promise<boolean> {
  const page = PAGES.find((p) => path === `/${p}`);
  const script = PAGES.find((p) => path === `/pages/${p}.js`);
  const catalog = /^\/pages\/messages\/(en|ru|kk|ky)\.json$/.exec(path)?.[1];
  if (page) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...SECURITY });
    res.end(pageHtml(page as PageName));
  } else if (script) {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', ...SECURITY });
    res.end(await pageScript(script as PageName));
  } else if (catalog) {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...SECURITY });
    res.end(JSON.stringify(await pageCatalog(catalog)));
  } else return false;
  return true;
}
