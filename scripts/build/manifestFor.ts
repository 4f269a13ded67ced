// Writes one browser's manifest from the single source manifest.json: Chrome runs the
// background as a module service worker, Firefox as background scripts with a gecko id.
export type Browser = 'chrome' | 'firefox';

export const GECKO_ID = 'kuzet@kuzet.invalid';
// 140 (the ESR line since mid-2025) is the first with built-in data consent, which AMO requires.
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export function manifestFor(source: Record<string, unknown>, browser: Browser, version: string): Record<string, unknown> {
  const manifest: Record<string, unknown> = { ...source, version };
  if (browser === 'chrome') {
    manifest['background'] = { service_worker: 'background.js', type: 'module' };
    manifest['minimum_chrome_version'] = '120';
  } else {
    manifest['background'] = { scripts: ['background.js'] };
    manifest['browser_specific_settings'] = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Firefox's built-in data consent: nothing leaves the device unless the user reports an
        // account, which sends the page's comments as evidence to the list server (PRIVACY.md).
        data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    };
  }
  return manifest;
}
