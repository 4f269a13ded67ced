// Small browser-side steps of the content-script bench: a build to measure, and the long tasks
// a page recorded after DOMContentLoaded (before it, the browser is parsing the page itself).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { distChrome, repoRoot } from '../../browser/paths.ts';

/** Builds dist/chrome when there is none (KUZET_DIST picks another build, as in launch.ts). */
export function ensureBuilt(): void {
  if (process.env['KUZET_DIST'] || existsSync(join(distChrome, 'manifest.json'))) return;
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--browser', 'chrome'], { cwd: repoRoot, stdio: 'inherit' });
}

/** Durations (ms) of the page's long tasks that started after DOMContentLoaded. */
export function longTasksAfterDcl(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const dcl = nav?.domContentLoadedEventEnd ?? 0;
    const tasks = (window as unknown as { kuzetBenchLongTasks?: { start: number; duration: number }[] }).kuzetBenchLongTasks ?? [];
    return tasks.filter((t) => t.start >= dcl).map((t) => t.duration);
  });
}

/**
 * Waits until the extension's IndexedDB holds `n` comments: the background has taken the whole
 * first read in, so what the insert run then times is a late comment's own path, not the queue
 * of the page's first batches. Returns the milliseconds waited (a figure of its own).
 */
export async function waitForStored(worker: Worker, n: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const count = await worker.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('kuzet');
      open.onerror = () => resolve(-1);
      open.onsuccess = () => {
        const db = open.result;
        const request = db.transaction('comments').objectStore('comments').count();
        request.onsuccess = () => (db.close(), resolve(request.result));
        request.onerror = () => (db.close(), resolve(-1));
      };
    }));
    if (count >= n || Date.now() - started > timeoutMs) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
