// `npm start` after the build: Chromium with Kuzet on the real saved Hacker News thread and on a
// demonstration page made from it (real comments replayed under other real authors, the way a
// brigade looks), each with its popup (counts, flagged authors, the thread's timeline plot). With a display the browser stays open until you close
// it; without one it runs headless, saves screenshots under out/ and prints what the popup says.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoUrl, makeBrigadePage } from './browser/brigade-page.ts';
import { openPopup, readPopup, tabIdOf, type PopupView } from './browser/extension.ts';
import { startFixtureServer } from './browser/fixture-server.ts';
import { HN_THREAD, readThreadHtml, type Replay } from './browser/hackernews.ts';
import { collectKuzetErrors, collectWorkerErrors } from './browser/kuzet-errors.ts';
import { launchKuzet, type Kuzet } from './browser/launch.ts';
import { outDir } from './browser/paths.ts';
import { routeRealUrls } from './browser/route-real-urls.ts';

// Two real top-level comments, each posted again by three other real authors of the thread.
const BRIGADE: Replay[] = [
  { sourceId: '28385973', authors: ['dylan604', 'rpmisms', 'amatecha'], firstId: 99_000_001 },
  { sourceId: '28387307', authors: ['iab', 'walrus01', 'labster'], firstId: 99_000_011 },
];
const replayed = BRIGADE.reduce((n, r) => n + r.authors.length, 0);

interface Shown { name: string; url: string; slug: string; comments: number; brigade: boolean }
const PAGES: Shown[] = [
  { name: 'HN 28385024 (real)', url: HN_THREAD.url, slug: 'hn-28385024', comments: HN_THREAD.comments, brigade: false },
  { name: 'HN 28385024 (demonstration)', url: demoUrl(HN_THREAD.url), slug: 'hn-28385024-brigade', comments: HN_THREAD.comments + replayed, brigade: true },
];

const headed = Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
const kuzetErrors: string[] = [];

async function show(kuzet: Kuzet, shown: Shown, page: Page): Promise<PopupView> {
  collectKuzetErrors(page, kuzetErrors);
  await page.goto(shown.url);
  const read = (): Promise<number> => page.locator('[data-kuzet-comment]').count();
  await page
    .waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, shown.comments, { timeout: 15_000 })
    .catch(async () => { throw new Error(`Kuzet read ${await read()} of ${shown.comments} comments on ${shown.url}`); });
  const badge = page.locator('[data-kuzet-badge] button').first();
  if (shown.brigade) {
    await badge.waitFor({ timeout: 10_000 }).catch(() => { throw new Error(`Kuzet showed no badge on the demonstration page ${shown.url}`); });
  }
  if (!headed) {
    if (await badge.count()) {
      await badge.evaluate((el) => el.scrollIntoView({ block: 'center' })); // room for the card below it
      await badge.focus(); // opens the card with the reasons, as keyboard users see it
      await page.locator('[data-kuzet-card]').first().waitFor({ state: 'visible', timeout: 5_000 });
    }
    await page.screenshot({ path: join(outDir, `${shown.slug}-page.png`) });
  }
  const popup = await openPopup(kuzet, await tabIdOf(kuzet, shown.url));
  collectKuzetErrors(popup, kuzetErrors);
  const view = await readPopup(popup, shown.comments);
  // The popup's timeline plot loads after the list; show it (and say what it plots) before the shot.
  const plot = popup.locator('[data-kuzet-popup="timeline"] figcaption');
  await plot.waitFor({ timeout: 10_000 }).catch(() => { throw new Error(`The popup for ${shown.url} showed no timeline`); });
  console.log(`${shown.name}, timeline: ${((await plot.textContent()) ?? '').trim()}`);
  if (!headed) await popup.screenshot({ path: join(outDir, `${shown.slug}-popup.png`), fullPage: true });
  return view;
}

function printTable(rows: [Shown, PopupView][]): void {
  const lines = [
    ['page', 'comments read', 'authors', 'flagged'],
    ...rows.map(([s, v]) => [
      s.name,
      String(v.comments),
      String(v.authors),
      v.flagged.length === 0
        ? '0'
        : `${v.flagged.length}: ${v.flagged.map((f) => `${f.authorKey.replace(/^hackernews:/, '')} (${f.level})`).join(', ')}`,
    ]),
  ];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  for (const l of lines) console.log(l.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}

async function main(): Promise<void> {
  const real = readThreadHtml();
  const server = await startFixtureServer({ [PAGES[0]!.url]: real, [PAGES[1]!.url]: await makeBrigadePage(real, HN_THREAD.url, BRIGADE) });
  const kuzet = await launchKuzet({ headless: !headed }).catch(async (e: unknown) => { await server.close(); throw e; });
  const stop = async (): Promise<void> => { await kuzet.close(); await server.close(); };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    await routeRealUrls(kuzet.context, server);
    collectWorkerErrors(kuzet.context, kuzetErrors);
    await mkdir(outDir, { recursive: true });
    const rows: [Shown, PopupView][] = [];
    const pages: Page[] = [];
    for (const shown of PAGES) {
      // The first page reuses the window's blank tab; the others open beside it.
      const blank = kuzet.context.pages().find((p) => p.url() === 'about:blank' && !pages.includes(p));
      const page = blank ?? (await kuzet.context.newPage());
      pages.push(page);
      rows.push([shown, await show(kuzet, shown, page)]);
    }
    printTable(rows);
    if (kuzetErrors.length) throw new Error(`Kuzet wrote errors into the console:\n${kuzetErrors.join('\n')}`);
    if (headed) {
      await pages.at(-1)?.bringToFront();
      console.log('\nKuzet is running in the browser window. Close the window to finish.');
      await new Promise((resolve) => kuzet.context.once('close', resolve));
    } else {
      console.log(`\nNo display, so the browser ran headless. Screenshots: ${outDir}`);
    }
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(`\nkuzet demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
