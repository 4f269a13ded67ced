// A temporary copy of the Chrome build whose manifest also holds http://127.0.0.1/*, for the
// lists e2e in Chromium. The options forms ask for the list server's origin with
// permissions.request, and Chromium's prompt for a new host is browser UI no driver can click;
// a build that already holds the host (as a user who accepted that prompt would) gets the
// request granted without one. Firefox needs no copy: the session accepts its prompts
// (acceptPermissionPrompts). Release builds are untouched (test/unit/build checks them).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distChrome } from './paths.ts';

export interface TempDist {
  dir: string;
  remove(): void;
}

export function chromeDistWithLoopbackAccess(from: string = process.env['KUZET_DIST'] ?? distChrome): TempDist {
  const dir = mkdtempSync(join(tmpdir(), 'kuzet-lists-e2e-dist-'));
  cpSync(from, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('http://127.0.0.1/*');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
