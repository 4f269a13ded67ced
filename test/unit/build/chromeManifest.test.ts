// The Chrome half of `npm run lint:ext`: the built Chrome manifest passes, and each way of
// breaking it that Chrome or its store would refuse is caught.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/browser/paths.ts';
import { chromeManifestProblems } from '../../../scripts/lintExt/chromeManifest.ts';
import { builtManifest } from './builtManifest.ts';

const defaultMessages = JSON.parse(readFileSync(join(repoRoot, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const files = new Set(['background.js', 'content.js', 'popup.html', 'options.html', ...[16, 32, 48, 96, 128].map((s) => `icons/icon-${s}.png`)]);
const check = (manifest: Record<string, unknown>) => chromeManifestProblems({ manifest, files, defaultMessages });

describe('the Chrome manifest check', () => {
  it('accepts the manifest the build writes for Chrome', () => {
    expect(check(builtManifest('chrome'))).toEqual([]);
  });

  it.each<[string, (m: Record<string, unknown>) => Record<string, unknown>, RegExp]>([
    ['the Firefox manifest (background scripts, gecko settings)', () => builtManifest('firefox'), /unrecognised manifest key "browser_specific_settings"/],
    ['<all_urls>', (m) => ({ ...m, host_permissions: ['<all_urls>'] }), /<all_urls>/],
    ['a permission Chrome does not know', (m) => ({ ...m, permissions: ['storage', 'menus'] }), /"menus" is unknown/],
    ['a version Chrome cannot parse', (m) => ({ ...m, version: '0.1.0-beta' }), /version "0.1.0-beta"/],
    ['a popup missing from the build', (m) => ({ ...m, action: { default_popup: 'nowhere.html' } }), /nowhere.html is not in the build/],
    ['a toolbar icon missing from the build', (m) => ({ ...m, action: { default_popup: 'popup.html', default_icon: { 16: 'icons/none.png' } } }), /action.default_icon: icons\/none.png is not in the build/],
    ['a name with no message', (m) => ({ ...m, name: '__MSG_noSuchKey__' }), /__MSG_noSuchKey__ has no message/],
    ['a loosened CSP', (m) => ({ ...m, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }), /content_security_policy/],
  ])('refuses %s', (_what, change, problem) => {
    expect(check(change(builtManifest('chrome'))).join('\n')).toMatch(problem);
  });
});
