// What a person sees in a dossier's report.html opened from disk with JavaScript switched off,
// in the same browser the e2e runs in: a separate plain browser (no extension, no network) so the
// page's own scripts, if it had any, could not run. Chromium: a Playwright context with
// javaScriptEnabled false and offline. Firefox: the javascript.enabled pref off and the closed
// proxy of firefox-prefs.ts. Only the driver's evaluate reads the page (it works with scripts
// off in both); puppeteer's $$eval does not in Firefox, so one function gathers everything.
import { pathToFileURL } from 'node:url';
import { findChromium } from './find-chromium.ts';
import { findFirefox, firefoxPrefs } from './firefox-prefs.ts';
import type { BrowserName } from './session.ts';

export interface ReportView {
  clusters: number;
  /** data-account of every account row, in page order */
  accounts: string[];
  evidence: number;
  firstEvidenceVisible: boolean;
  /** href of every link */
  links: string[];
  /** the body's rendered text, whitespace folded */
  text: string;
  svgs: number;
  scripts: number;
}

/** Runs in the page as source text: self-contained. */
function readView(): ReportView {
  const evidence = Array.from(document.querySelectorAll('article.evidence'));
  const first = evidence[0];
  const box = first?.getBoundingClientRect();
  return {
    clusters: document.querySelectorAll('[data-cluster-id]').length,
    accounts: Array.from(document.querySelectorAll('[data-account]')).map((r) => r.getAttribute('data-account') ?? ''),
    evidence: evidence.length,
    firstEvidenceVisible: !!first && !!box && box.width > 0 && box.height > 0 && getComputedStyle(first).visibility !== 'hidden',
    links: Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? ''),
    text: document.body.innerText.replace(/\s+/g, ' '),
    svgs: document.querySelectorAll('svg').length,
    scripts: document.querySelectorAll('script').length,
  };
}

export async function viewReportWithoutScripts(browserName: BrowserName, file: string): Promise<ReportView> {
  const url = pathToFileURL(file).href;
  if (browserName === 'firefox') {
    const { default: puppeteer } = await import('puppeteer-core');
    const prefs = { ...firefoxPrefs(), 'javascript.enabled': false };
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: prefs });
    try {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return await page.evaluate(readView);
    } finally {
      await browser.close();
    }
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, chromiumSandbox: process.getuid?.() !== 0 });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(readView);
  } finally {
    await browser.close();
  }
}
