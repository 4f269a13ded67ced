// One driver shape for both browsers, so the same e2e file runs in Chromium (Playwright) and in
// Firefox ESR (puppeteer over WebDriver BiDi). A session is a browser with Kuzet installed, the
// given saved pages served under their real URLs, and Kuzet's own errors collected. Tests talk to
// tabs only through `Tab`: CSS selectors, where ` >>> ` steps into an open shadow root (the badge).
// Which browser: `browser` when given, else KUZET_BROWSER (chromium by default).
import type { ExtensionPage } from '../../src/messages/e2e.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface WaitOptions {
  timeout?: number;
}

export interface Tab {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  /** Makes this the visible, focused tab (focus and hover only reach the front tab in Firefox). */
  bringToFront(): Promise<void>;
  /** Runs `fn` in the page (it travels as source text: self-contained, one serialisable argument). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page and returns that value. */
  waitForFunction<R, A>(fn: (arg: A) => R, arg: A, options?: WaitOptions & { polling?: 'raf' | number }): Promise<R>;
  count(selector: string): Promise<number>;
  /** textContent of the first match ('' when nothing matches). */
  text(selector: string): Promise<string>;
  /** The attribute's value on every match, in document order. */
  attributes(selector: string, name: string): Promise<string[]>;
  waitFor(selector: string, options?: WaitOptions & { state?: 'attached' | 'visible' | 'detached' }): Promise<void>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  focus(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  isDisabled(selector: string): Promise<boolean>;
  /** Moves the mouse to a point and clicks there (to move focus away from anything). */
  clickAt(x: number, y: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** A screenshot of a part of the viewport (CSS pixels from its top left) or of the whole page. */
  screenshotArea(path: string, area: { clip: Box } | { fullPage: true }): Promise<void>;
  /** Picks the option of a <select> by value, as a person choosing it (input and change fire). */
  selectOption(selector: string, value: string): Promise<void>;
  /**
   * prefers-color-scheme as this tab sees it. Chromium emulates it per tab; Firefox has no BiDi
   * command for it, so there it is the browser's content preference and every tab follows.
   */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Clicks `selector` and returns the file the browser saved because of that click. */
  download(selector: string, options?: WaitOptions): Promise<SavedFile>;
}

/** A rectangle in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A file the browser downloaded: the name it saved it under and its bytes. */
export interface SavedFile {
  name: string;
  bytes: Uint8Array;
}

export interface Session {
  browserName: BrowserName;
  /** Every error Kuzet wrote anywhere the driver can see: its pages, the pages it reads, its background. */
  errors: string[];
  newTab(): Promise<Tab>;
  /** Has Kuzet open its popup or options page in a new tab for `from` (messages/e2e.ts) and returns it. */
  openExtensionPage(from: Tab, page: ExtensionPage): Promise<Tab>;
  /**
   * Stops Kuzet's background now, pending events or not, as the browser may at any moment:
   * Chromium's service worker (CDP ServiceWorker.stopAllWorkers), Firefox's event page (the
   * terminate path about:debugging uses). The next event starts it again.
   */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** real URL → saved HTML, served from 127.0.0.1 under that URL */
  pages: Record<string, string>;
  browser?: BrowserName;
  /** The unpacked build to install; defaults to dist/<chrome|firefox> (KUZET_DIST overrides). */
  distDir?: string;
  /** The browser's UI language (Chromium --lang, Firefox intl.locale.requested), e.g. 'ru'. */
  locale?: string;
  /**
   * Origins of real processes on 127.0.0.1 (the list server under test) that Kuzet's background
   * and pages reach as they are, past the no-network rules (scripts/browser/lists-loopback.ts).
   */
  loopbackOrigins?: string[];
  /**
   * Firefox: permission requests (optional hosts, data-collection consent) are granted without
   * showing the prompt, as a user who accepts it would. Chromium has no such switch: a test
   * there installs a build that already holds what it needs (distDir).
   */
  acceptPermissionPrompts?: boolean;
}

export function sessionBrowser(env: NodeJS.ProcessEnv = process.env): BrowserName {
  const name = env['KUZET_BROWSER'] ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`KUZET_BROWSER=${name}: use chromium or firefox`);
  return name;
}

export async function launchSession(options: SessionOptions): Promise<Session> {
  const browser = options.browser ?? sessionBrowser();
  // Imported on demand: a Chromium run never loads puppeteer, a Firefox run never loads Playwright.
  if (browser === 'firefox') return (await import('./firefox-session.ts')).launchFirefoxSession(options);
  return (await import('./chromium-session.ts')).launchChromiumSession(options);
}

/** What a page under test posts to ask Kuzet for one of its pages (src/content/e2eHook.ts). */
export const postOpenRequest = (page: ExtensionPage): void => window.postMessage({ kuzetE2e: 'openPage', page }, '*');
