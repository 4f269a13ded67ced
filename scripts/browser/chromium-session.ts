// The Chromium side of session.ts: Debian's Chromium through Playwright with dist/chrome loaded
// (launch.ts), saved pages routed to the fixture server, Kuzet's errors collected from every tab
// and its service worker. Playwright's CSS engine enters open shadow roots by itself, so the
// session's ` >>> ` step is a plain descendant step here.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startFixtureServer } from './fixture-server.ts';
import { collectKuzetErrors, collectWorkerErrors } from './kuzet-errors.ts';
import { serviceWorkerStopper } from './chromium-worker-stop.ts';
import { launchKuzet } from './launch.ts';
import { routeLoopback } from './lists-loopback.ts';
import { routeRealUrls } from './route-real-urls.ts';
import { postOpenRequest, type Session, type SessionOptions, type Tab } from './session.ts';

const css = (selector: string): string => selector.replace(/\s*>>>\s*/g, ' ');

function chromiumTab(page: Page): Tab {
  const at = (selector: string) => page.locator(css(selector)).first();
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitForFunction: async (fn, arg, options) =>
      (await (await page.waitForFunction(fn as never, arg, { timeout: options?.timeout ?? 10_000, polling: options?.polling ?? 'raf' })).jsonValue()) as never,
    count: (selector) => page.locator(css(selector)).count(),
    text: async (selector) => ((await page.locator(css(selector)).count()) > 0 ? ((await at(selector).textContent()) ?? '') : ''),
    attributes: (selector, name) => page.locator(css(selector)).evaluateAll((nodes, n) => nodes.map((el) => el.getAttribute(n) ?? ''), name),
    waitFor: (selector, options) => at(selector).waitFor({ state: options?.state ?? 'attached', timeout: options?.timeout ?? 10_000 }),
    click: (selector) => at(selector).click(),
    fill: (selector, value) => at(selector).fill(value),
    focus: (selector) => at(selector).focus(),
    hover: (selector) => at(selector).hover(),
    isDisabled: (selector) => at(selector).isDisabled(),
    clickAt: async (x, y) => {
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path })),
    screenshotArea: async (path, area) => void (await page.screenshot({ path, ...area })),
    selectOption: async (selector, value) => void (await at(selector).selectOption(value)),
    emulateColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    download: async (selector, options) => {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: options?.timeout ?? 30_000 }), at(selector).click()]);
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    },
  };
}

export async function launchChromiumSession(options: SessionOptions): Promise<Session> {
  const server = await startFixtureServer(options.pages);
  const kuzet = await launchKuzet({ headless: true, ...(options.distDir ? { distDir: options.distDir } : {}), ...(options.locale ? { locale: options.locale } : {}) }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  await routeRealUrls(kuzet.context, server);
  await routeLoopback(kuzet.context, options.loopbackOrigins);
  const errors: string[] = [];
  collectWorkerErrors(kuzet.context, errors);
  const tabOf = (page: Page): Tab => {
    collectKuzetErrors(page, errors);
    return chromiumTab(page);
  };
  return {
    browserName: 'chromium',
    errors,
    newTab: async () => tabOf(await kuzet.context.newPage()),
    stopBackground: serviceWorkerStopper(kuzet.context),
    async openExtensionPage(from, page) {
      const prefix = `chrome-extension://${kuzet.extensionId}/${page}`;
      const opened = kuzet.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(prefix), timeout: 10_000 });
      await from.evaluate(postOpenRequest, page);
      const tab = await opened;
      await tab.waitForLoadState('load');
      return tabOf(tab);
    },
    async close() {
      await kuzet.close();
      await server.close();
    },
  };
}
