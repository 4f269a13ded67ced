// Small browser-side steps of the content-script bench: a build to measure, and the long tasks
// a page recorded after DOMContentLoaded (before it, the browser is parsing the page itself).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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
