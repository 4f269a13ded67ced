// Starts the system Chromium with the built Kuzet extension in a fresh, throw-away profile,
// and finds the extension's id. Used by the demo and the end-to-end tests alike.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium } from './find-chromium.ts';
import { distChrome } from './paths.ts';

export interface Kuzet {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker as it is now (it may have been restarted since launch). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless: boolean;
  distDir?: string;
  /** The browser's UI language (--lang and navigator.language), e.g. 'ru'. */
  locale?: string;
}

const isExtensionWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');

// KUZET_DIST lets a run use another unpacked build (a release build, a stub) without code edits.
export async function launchKuzet({ headless, distDir = process.env['KUZET_DIST'] ?? distChrome, locale }: LaunchOptions): Promise<Kuzet> {
  if (!existsSync(join(distDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${distDir}. Build it first: npx tsx scripts/build.ts --browser chrome`);
  }
  const executablePath = findChromium();
  const profile = await mkdtemp(join(tmpdir(), 'kuzet-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    ...(locale ? { locale } : {}),
    // Chromium refuses its sandbox as root (CI containers); everyone else keeps it.
    chromiumSandbox: process.getuid?.() !== 0,
    // Playwright passes --disable-extensions by default, which would hide Kuzet.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [
      `--disable-extensions-except=${distDir}`,
      `--load-extension=${distDir}`,
      // Branded Chrome 137+ ignores --load-extension unless this feature is off. Only there:
      // a second --disable-features would override Playwright's own list on Chromium.
      ...(/google.?chrome/i.test(executablePath) ? ['--disable-features=DisableLoadExtensionCommandLineSwitch'] : []),
      // No outside network, ever: no first-run pages, updates, sync, QUIC, and every
      // hostname fails to resolve; pages arrive only through route-real-urls.ts.
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }));
  let worker: Worker;
  try {
    worker = await serviceWorker();
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw new Error(`Kuzet's service worker did not start from ${distDir} (is the build complete?)`, { cause: error });
  }
  return {
    context,
    extensionId: new URL(worker.url()).host,
    serviceWorker,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
