// The Firefox side of session.ts: Debian's firefox-esr driven by puppeteer-core 24 over WebDriver
// BiDi (no geckodriver), dist/firefox installed as a temporary add-on with
// browser.installExtension, and every request of a tab answered from the fixture server by
// request interception. Puppeteer's ` >>> ` is its own deep-descendant step into shadow roots.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pageKey, startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { setFirefoxColorScheme } from './firefox-color-scheme.ts';
import { watchFirefoxBackground } from './firefox-background.ts';
import { firefoxPrefs, findFirefox } from './firefox-prefs.ts';
import { loopbackPrefs } from './lists-loopback.ts';
import { distFirefox } from './paths.ts';
import { postOpenRequest, type SavedFile, type Session, type SessionOptions, type Tab } from './session.ts';

/** Firefox saves every download straight into `dir`, without asking or opening a panel. */
const downloadPrefs = (dir: string): Record<string, unknown> => ({
  'browser.download.folderList': 2,
  'browser.download.dir': dir,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.alwaysOpenPanel': false,
});

/**
 * The file a click saves into the session's download folder. Firefox writes into `<name>.part`
 * beside an empty placeholder and renames at the end, so a new file counts once no .part is
 * left and its size holds still. It is read and removed: the next save of that name keeps it.
 */
async function savedBy(page: Page, selector: string, dir: string, timeout = 30_000): Promise<SavedFile> {
  const before = new Set(readdirSync(dir));
  await page.click(selector);
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    const now = readdirSync(dir);
    const name = now.find((f) => !before.has(f) && !f.endsWith('.part') && !now.includes(`${f}.part`));
    if (name === undefined) continue;
    const seen = `${name}:${statSync(join(dir, name)).size}`;
    if (seen === last && !seen.endsWith(':0')) {
      const bytes = readFileSync(join(dir, name));
      rmSync(join(dir, name));
      return { name, bytes };
    }
    last = seen;
  }
  throw new Error(`clicking ${selector} saved no file within ${timeout} ms`);
}

function firefoxTab(page: Page, downloads: string): Tab {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitForFunction: async (fn, arg, options) => {
      const wait = { timeout: options?.timeout ?? 10_000, polling: options?.polling ?? 'raf' };
      const handle = await page.waitForFunction(fn as (a: unknown) => unknown, wait, arg);
      return (await handle.jsonValue()) as never;
    },
    count: async (selector) => (await page.$$(selector)).length,
    text: async (selector) => ((await page.$(selector)) ? await page.$eval(selector, (el) => el.textContent ?? '') : ''),
    attributes: async (selector, name) => page.$$eval(selector, (els, n) => els.map((el) => el.getAttribute(n) ?? ''), name),
    waitFor: async (selector, options) => {
      const { state = 'attached', timeout = 10_000 } = options ?? {};
      await page.waitForSelector(selector, { timeout, ...(state === 'visible' ? { visible: true } : state === 'detached' ? { hidden: true } : {}) });
    },
    click: (selector) => page.click(selector),
    fill: async (selector, value) => void (await page.locator(selector).fill(value)),
    focus: (selector) => page.focus(selector),
    hover: (selector) => page.hover(selector),
    isDisabled: (selector) => page.$eval(selector, (el) => el.matches(':disabled')),
    clickAt: async (x, y) => {
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    screenshotArea: async (path, area) => {
      // Puppeteer's clip is in document coordinates, the session's in the viewport's.
      const [left, top] = 'clip' in area ? await page.evaluate(() => [window.scrollX, window.scrollY]) : [0, 0];
      const shot = 'clip' in area ? { clip: { ...area.clip, x: area.clip.x + left!, y: area.clip.y + top! } } : { fullPage: true };
      await page.screenshot({ path: path as `${string}.png`, ...shot });
    },
    selectOption: async (selector, value) => void (await page.select(selector, value)),
    emulateColorScheme: (scheme) => setFirefoxColorScheme(page.browser(), scheme),
    download: (selector, options) => savedBy(page, selector, downloads, options?.timeout),
  };
}

/**
 * A tab showing one of Kuzet's pages. BiDi reports no navigation of moz-extension:// tabs to
 * puppeteer, so a reload is done from inside the page and awaited by watching a marker vanish.
 */
function extensionTab(tab: Tab, href: string): Tab {
  return {
    ...tab,
    url: () => href,
    async reload() {
      await tab.evaluate(() => {
        (window as unknown as { kuzetE2eStale: boolean }).kuzetE2eStale = true;
        setTimeout(() => location.reload(), 0);
      });
      const deadline = Date.now() + 10_000;
      for (;;) {
        const fresh = await tab
          .evaluate(() => !(window as unknown as { kuzetE2eStale?: boolean }).kuzetE2eStale && document.readyState === 'complete')
          .catch(() => false); // the old document is going away
        if (fresh) return;
        if (Date.now() > deadline) throw new Error(`${href} did not reload within 10 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** Kuzet's errors in a tab: console errors from moz-extension:// scripts or naming Kuzet, and uncaught ones. */
function collectErrors(page: Page, into: string[]): void {
  page.on('console', (message) => {
    const where = message.location().url ?? '';
    if (message.type() === 'error' && (where.startsWith('moz-extension://') || /kuzet/i.test(message.text()))) {
      into.push(`${page.url()}: ${message.text()} (${where})`);
    }
  });
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (/moz-extension:\/\/|kuzet/i.test(text)) into.push(`${page.url()}: ${text}`);
  });
}

/**
 * Answers every request of the tab from the fixture server; nothing reaches the network. A
 * request for anything but a saved page gets its 404 at once, without the round trip: each
 * intercepted request costs a BiDi exchange, and a saved page's hundreds of missing scripts and
 * images would otherwise hold up its parsing for many seconds (the 4 MB YouTube page).
 */
async function routeToFixtures(page: Page, server: FixtureServer, saved: ReadonlySet<string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue().catch(() => undefined);
    if (!saved.has(pageKey(url))) {
      return void request.respond({ status: 404, contentType: 'text/plain', body: 'not in the saved pages\n' }).catch(() => undefined);
    }
    fetch(server.localUrl(url), { method: request.method() })
      .then(async (r) => request.respond({ status: r.status, contentType: r.headers.get('content-type') ?? 'text/plain', body: Buffer.from(await r.arrayBuffer()) }))
      .catch(() => request.abort().catch(() => undefined)); // the tab may have closed meanwhile
  });
}

export async function launchFirefoxSession(options: SessionOptions): Promise<Session> {
  const distDir = resolve(options.distDir ?? process.env['KUZET_DIST'] ?? distFirefox);
  const server = await startFixtureServer(options.pages);
  const saved = new Set(Object.keys(options.pages).map(pageKey));
  const downloads = mkdtempSync(join(tmpdir(), 'kuzet-firefox-downloads-'));
  const prefs = { ...firefoxPrefs(options.locale), ...downloadPrefs(downloads), ...loopbackPrefs(options.loopbackOrigins, options.acceptPermissionPrompts) };
  // System access lets emulateColorScheme set Firefox's colour-scheme preference (firefox-color-scheme.ts).
  const env = { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' };
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: prefs, env });
  } catch (error) {
    await server.close();
    rmSync(downloads, { recursive: true, force: true });
    throw error;
  }
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await server.close();
    rmSync(downloads, { recursive: true, force: true });
  };
  // Before the install, so the background's first errors are heard (firefox-background.ts).
  const background = await watchFirefoxBackground(browser, distDir).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  try {
    await browser.installExtension(distDir);
  } catch (error) {
    await close();
    throw new Error(`Firefox refused Kuzet from ${distDir} (build it: npx tsx scripts/build.ts --browser firefox)`, { cause: error });
  }
  const errors: string[] = [];
  background.reportInto(errors);
  const tabOf = (page: Page): Tab => {
    collectErrors(page, errors);
    return firefoxTab(page, downloads);
  };
  return {
    browserName: 'firefox',
    errors,
    async newTab() {
      const page = await browser.newPage();
      await routeToFixtures(page, server, saved);
      return tabOf(page);
    },
    async openExtensionPage(from, page) {
      // Firefox's BiDi never reports a tab's moz-extension:// URL to puppeteer (the new tab stays
      // "about:blank" to it), so the tab is found by asking each new page where it is.
      const before = new Set(await browser.pages());
      await from.evaluate(postOpenRequest, page);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        for (const candidate of (await browser.pages()).filter((p) => !before.has(p))) {
          const href = await candidate.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
          if (href.startsWith('moz-extension://') && new URL(href).pathname === `/${page}`) return extensionTab(tabOf(candidate), href);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Kuzet did not open ${page} within 10 s`);
    },
    stopBackground: () => background.stop(),
    close,
  };
}
