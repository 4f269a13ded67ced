// Finding Debian's firefox-esr and the preferences Kuzet's Firefox runs use. Firefox grants an
// MV3 add-on's host permissions at install only when extensions.originControls.grantByDefault
// says so; it is set explicitly so a change of Firefox's default cannot silently change the test.
import { accessSync, constants } from 'node:fs';

const KNOWN = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env['FIREFOX_PATH'] ? [env['FIREFOX_PATH']] : KNOWN;
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  throw new Error(`No Firefox found at ${candidates.join(', ')}. On Debian: sudo apt-get install firefox-esr (or set FIREFOX_PATH).`);
}

export function firefoxPrefs(locale?: string): Record<string, unknown> {
  return {
    // The add-on gets the hosts its manifest asks for, as a user accepting the install would give.
    'extensions.originControls.grantByDefault': true,
    // No outside network: every proxy points at a closed port, so only intercepted requests
    // (answered from the fixture server) ever complete, like Chromium's --host-resolver-rules.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Why the saved YouTube page never finished loading here (found 2026-11-26, firefox-esr
    // 153.7.0esr): on *.youtube.com and *.youtube-nocookie.com, the only sites whose Picture-in-
    // Picture override has hasUrlbarEligibilityOverride, the PiP toggle actor answers a <video>'s
    // UAWidgetSetupOrChange by loading its site wrapper synchronously (PictureInPictureChild.sys.mjs
    // #createSandbox: Services.scriptloader.loadSubScriptWithOptions of the pictureinpicture
    // built-in add-on's moz-extension://…/video-wrappers/youtube.js). In this driven headless
    // profile that load never returns, so the parser stays blocked mid-document ("loading"
    // forever) while the main thread still answers the driver. Shown by A/B runs: a tiny page
    // with one <video> stalls at https://www.youtube.com with and without request interception
    // (a real HTTPS server behind a CONNECT proxy), and loads with this pref off or with the
    // <video> renamed; media.videocontrols.picture-in-picture.enabled=false does not help (the
    // url-bar path ignores it), nor do webcompat, tracking protection, HSTS or pinning prefs.
    'media.videocontrols.picture-in-picture.urlbar-button.enabled': false,
    ...(locale ? { 'intl.locale.requested': locale } : {}),
  };
}
