// The Firefox side of session.ts: Debian's firefox-esr driven by puppeteer-core 24 over WebDriver
// BiDi (no geckodriver), dist/firefox installed as a temporary add-on with
// browser.installExtension, and every request of a tab answered from the fixture server by
// request interception. Puppeteer's ` >>> ` is its own deep-descendant step into shadow roots.
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pageKey, startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { firefoxPrefs, findFirefox } from './firefox-prefs.ts';
import { distFirefox } from './paths.ts';
import { postOpenRequest, type Session, type SessionOptions, type Tab } from './session.ts';

function firefoxTab(page: Page): Tab {
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
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: firefoxPrefs(options.locale) });
  } catch (error) {
    await server.close();
    throw error;
  }
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await server.close();
  };
  try {
    await browser.installExtension(distDir);
  } catch (error) {
    await close();
    throw new Error(`Firefox refused Kuzet from ${distDir} (build it: npx tsx scripts/build.ts --browser firefox)`, { cause: error });
  }
  const errors: string[] = [];
  const tabOf = (page: Page): Tab => {
    collectErrors(page, errors);
    return firefoxTab(page);
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
    close,
  };
}
