// Least privilege, read from the built manifests: every API permission is one the code calls,
// every built-in host is one a content script serves (and nothing wider), and the only wide grant
// is the optional one user site rules ask for at run time. Adding a permission without code that
// uses it, or a host no adapter reads, fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/browser/paths.ts';
import { builtManifest, strings } from './builtManifest.ts';

/** How the code shows it uses each permission Kuzet may hold: a call into that API. */
const USED_BY: Record<string, RegExp> = {
  storage: /\bstorage\.(local|session|sync)\.(get|set|remove|clear)\b/,
  scripting: /\bscripting\.(executeScript|registerContentScripts|unregisterContentScripts|updateContentScripts)\b/,
  alarms: /\balarms\.(create|onAlarm)\b/,
  downloads: /\bdownloads\.download\b/,
  notifications: /\bnotifications\.create\b/,
  contextMenus: /\bcontextMenus\.create\b/,
};

function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? sourceText(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}
const code = sourceText(join(repoRoot, 'src'));
const origin = (pattern: string): string => /^([^:]+:\/\/[^/]+)\//.exec(pattern)?.[1] ?? pattern;

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const manifest = builtManifest(browser);
  const hosts = strings(manifest['host_permissions']);
  const scriptMatches = (manifest['content_scripts'] as { matches: string[] }[]).flatMap((s) => s.matches);

  it.each(strings(manifest['permissions']))('asks for "%s" only because the code uses it', (permission) => {
    const use = USED_BY[permission];
    expect(use, `no known use of "${permission}": remove it, or teach this test how the code uses it`).toBeDefined();
    expect(code).toMatch(use!);
  });

  it('asks for no host wider than one site: no <all_urls>, no *://*/* at install', () => {
    const every = JSON.stringify(manifest);
    expect(every).not.toContain('<all_urls>');
    for (const host of hosts) expect(host, host).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  });

  it('holds each built-in host because a content script serves it, and serves only hosts it holds', () => {
    const served = new Set(scriptMatches.map(origin));
    expect(hosts.filter((h) => !served.has(origin(h))), 'hosts no content script reads').toEqual([]);
    const held = new Set(hosts.map(origin));
    expect([...served].filter((s) => !held.has(s)), 'content scripts on hosts Kuzet does not hold').toEqual([]);
  });

  it('keeps the one wide grant optional, asked for at run time by a user site rule', () => {
    expect(strings(manifest['optional_host_permissions'])).toEqual(['*://*/*']);
    expect(code).toMatch(/\bpermissions\.request\(/);
  });

  it('leaves the extension pages under the browser\'s strict default Content Security Policy', () => {
    expect(manifest['content_security_policy']).toBeUndefined();
  });
});

describe('the Firefox manifest', () => {
  it('states its data collection for Firefox\'s built-in consent: none required, page content only when reporting', () => {
    const gecko = (builtManifest('firefox')['browser_specific_settings'] as { gecko: Record<string, unknown> }).gecko;
    expect(gecko['data_collection_permissions']).toEqual({ required: ['none'], optional: ['websiteContent'] });
  });
});
