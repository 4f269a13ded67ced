// Issue 5, deliverable 6 at full count: 100,000 hostile DOM changes per site, in a real browser,
// on each site's real saved page under its real URL with the built Kuzet installed. The unit fuzz
// (test/unit/content/fuzz/) runs 500 per site because happy-dom costs 1-3 ms per change; here the
// same generator (bundled into the page, test/e2e/fuzz-page.ts) runs at browser speed, in chunks
// that yield to the event loop so Kuzet's MutationObserver, reader, batcher and background keep
// up. Passes when: no error of Kuzet's reaches any page or its background, no hostile name turns
// into markup (its handler would call alert), the page never hangs (a heartbeat timer keeps
// ticking, and each chunk finishes within a bound), and Kuzet still reads a fresh comment at the
// end. Prints changes per second per site. KUZET_FUZZ_E2E_MUTATIONS sets the count per site,
// KUZET_FUZZ_E2E_SITES a comma-separated subset of site folders (e.g. hackernews,vk).
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSession, type Session, type Tab } from '../../scripts/browser/session.ts';
import { seedFor } from '../unit/content/fuzz/seededRandom.ts';
import type { FuzzChunk, FuzzEnd, FuzzStart } from './fuzz-page.ts';
import { SAVED_PAGES, savedPageHtml, type SavedPage } from './savedPages.ts';

const MUTATIONS = Number(process.env['KUZET_FUZZ_E2E_MUTATIONS'] ?? 100_000);
const SEED = Number(process.env['KUZET_FUZZ_SEED'] ?? 20_240_505);
const CHUNK = 10_000;
/** Changes between two yields to the page's event loop: Kuzet's observer reads each batch as one record list. */
const BATCH = Number(process.env['KUZET_FUZZ_E2E_BATCH'] ?? 500);
/**
 * Hang bounds, in wall time (a browser page has no CPU clock): a chunk of 10,000 changes took up to
 * 27 s and the main thread was blocked for up to 9 s at once (a 2,000-deep nest or a 200,000-character
 * text laid out) on this 2-core machine shared by eight jobs (load average 16-19), so the bounds sit
 * well above that; speed is the bench's job, these catch a page that stops.
 */
const CHUNK_BOUND_MS = 120_000;
const BEAT_GAP_BOUND_MS = 30_000;

/** One saved page per site folder: the fuzz is per site, the page contract per page (sites.e2e). */
const only = process.env['KUZET_FUZZ_E2E_SITES']?.split(',');
const sites = [...new Map(SAVED_PAGES().map((p) => [p.file.split('/')[0]!, p] as const))]
  .filter(([site]) => !only || only.includes(site))
  .map(([site, page]) => ({ site, ...page }));

const FUZZER = esbuild.buildSync({
  entryPoints: [new URL('./fuzz-page.ts', import.meta.url).pathname],
  bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false,
}).outputFiles[0]!.text;
// The driver sends a function as its source text: the bundle as a function body runs in the page
// as written (no eval in the page, which a page's CSP could refuse).
const injectFuzzer = new Function(`${FUZZER}\n;return typeof window.kuzetFuzz === 'object';`) as () => boolean;

type Fuzz = { start(seed: number): FuzzStart; run(n: number, batch: number): Promise<FuzzChunk>; probe(): string | null; end(): FuzzEnd };

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms (hang)`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

let session: Session;

beforeAll(async () => {
  session = await launchSession({ pages: Object.fromEntries(sites.map((p) => [p.url, savedPageHtml(p.file)])) });
});

afterAll(async () => {
  await session?.close();
});

async function fuzzSite(tab: Tab, { site, url, comments }: SavedPage & { site: string }): Promise<string> {
  await tab.goto(url);
  await tab.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, comments, { timeout: 20_000 });
  expect(await tab.evaluate(injectFuzzer), 'the fuzzer loaded in the page').toBe(true);
  const started = await tab.evaluate((seed) => (window as unknown as { kuzetFuzz: Fuzz }).kuzetFuzz.start(seed), seedFor(site, SEED));
  expect(started.templates, `${site}: comment roots to copy`).toBeGreaterThan(0);

  let done = 0, ms = 0, slowestChunkMs = 0, longestGapMs = 0;
  while (done < MUTATIONS) {
    const n = Math.min(CHUNK, MUTATIONS - done);
    const chunk = await within(tab.evaluate(([count, batch]) => (window as unknown as { kuzetFuzz: Fuzz }).kuzetFuzz.run(count, batch), [n, BATCH] as const), CHUNK_BOUND_MS, `${site}: changes ${done}-${done + n}`);
    [done, ms] = [done + chunk.done, ms + chunk.ms];
    slowestChunkMs = Math.max(slowestChunkMs, chunk.ms);
    longestGapMs = Math.max(longestGapMs, chunk.longestBeatGapMs);
  }
  const told = `${site} (${started.adapter}, ${started.templates} templates): ${done} changes in ${(ms / 1000).toFixed(1)} s = ` +
    `${Math.round(done / (ms / 1000))} changes/s, slowest chunk of ${CHUNK} ${(slowestChunkMs / 1000).toFixed(1)} s, longest main-thread block ${Math.round(longestGapMs)} ms`;
  console.info(told);
  expect(done, told).toBeGreaterThanOrEqual(MUTATIONS);
  expect(longestGapMs, `${told}\nthe heartbeat stopped`).toBeLessThan(BEAT_GAP_BOUND_MS);

  // Kuzet still reads after all that: a fresh copy of a real comment gets its mark.
  const probe = await tab.evaluate(() => (window as unknown as { kuzetFuzz: Fuzz }).kuzetFuzz.probe());
  expect(probe, `${told}\nno marked comment left to put the probe beside`).not.toBeNull();
  await tab.waitForFunction((id) => document.querySelector(`[data-fuzz-probe="${id}"]`)?.hasAttribute('data-kuzet-comment') === true, probe, { timeout: 20_000 });

  const end = await tab.evaluate(() => (window as unknown as { kuzetFuzz: Fuzz }).kuzetFuzz.end());
  expect(end.alerts, `${told}\na hostile name became markup`).toEqual([]);
  // The saved page's own scripts may fail on a fuzzed DOM; an error from Kuzet's code may not.
  expect(end.pageErrors.filter((e) => /kuzet|chrome-extension:|moz-extension:/i.test(e)), `${told}\nan exception of Kuzet's reached the page`).toEqual([]);
  expect(end.heartbeats, `${told}\nthe heartbeat ran`).toBeGreaterThan(0);
  return told;
}

/**
 * Chromium logs "Error: <path> attribute d: Expected …" (or "Unrecognized enumerated value") when
 * a page sets an SVG attribute to garbage; the fuzzer does that to the page's own icons, and the hostile text it writes says
 * "Kuzet fuzz", so the session's "is it Kuzet's?" test counts them. They carry no script location
 * and are the browser parsing the fuzzer's values, not an error of Kuzet's: left out here only.
 */
const fuzzedSvgAttribute = (error: string): boolean => /: Error: <[\w-]+> attribute [\w:-]+: (Expected|Unrecognized) .*\(\)$/.test(error);

describe(`${MUTATIONS} hostile DOM changes per site on its real saved page, with Kuzet installed`, () => {
  it.each(sites)('$site: nothing of Kuzet\'s reaches the page, nothing hangs, Kuzet still reads', async (page) => {
    const before = session.errors.length;
    const tab = await session.newTab();
    try {
      await fuzzSite(tab, page);
    } finally {
      await tab.close();
    }
    const kuzets = session.errors.slice(before).filter((e) => !fuzzedSvgAttribute(e));
    expect(kuzets, `${page.site}: Kuzet's own errors (pages, background)`).toEqual([]);
  }, 240_000);
});
