// Writes one browser's manifest from the single source manifest.json: Chrome runs the
// background as a module service worker, Firefox as background scripts with a gecko id.
export type Browser = 'chrome' | 'firefox';

export const GECKO_ID = 'kuzet@kuzet.invalid';
export const FIREFOX_MIN_VERSION = '128.0';

export function manifestFor(source: Record<string, unknown>, browser: Browser, version: string): Record<string, unknown> {
  const manifest: Record<string, unknown> = { ...source, version };
  if (browser === 'chrome') {
    manifest['background'] = { service_worker: 'background.js', type: 'module' };
    manifest['minimum_chrome_version'] = '120';
  } else {
    manifest['background'] = { scripts: ['background.js'] };
    manifest['browser_specific_settings'] = {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION },
    };
  }
  return manifest;
}
