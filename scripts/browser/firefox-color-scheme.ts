// Generic (any Firefox session): prefers-color-scheme for Firefox tabs under test. WebDriver BiDi
// in Firefox ESR 153 has no command to emulate it (puppeteer's emulateMediaFeatures is CDP only),
// so the driver sets Firefox's own content preference — the one "Website appearance" in
// Firefox's settings writes — from the browser window's chrome realm. BiDi reaches that realm
// only when Firefox was started with MOZ_REMOTE_ALLOW_SYSTEM_ACCESS (firefox-session.ts does).
// The preference is browser-wide and applies to open pages at once, extension pages included.
import type { Browser } from 'puppeteer-core';

/** layout.css.prefers-color-scheme.content-override: 0 dark, 1 light (2 follows the browser theme). */
const OVERRIDE = { dark: 0, light: 1 } as const;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export async function setFirefoxColorScheme(browser: Browser, scheme: 'light' | 'dark'): Promise<void> {
  // Puppeteer's BiDi browser exposes its connection; its public API has no raw command call.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: { context: string }[] };
  const window = tree.contexts[0]?.context;
  if (window === undefined) throw new Error('Firefox showed no browser window to set the colour scheme in');
  const expression = `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${OVERRIDE[scheme]}); true`;
  const { result } = (await connection.send('script.evaluate', { expression, target: { context: window }, awaitPromise: false })) as { result: { type: string } };
  if (result.type !== 'success') throw new Error(`Firefox refused the colour scheme ${scheme}: ${JSON.stringify(result)}`);
}
