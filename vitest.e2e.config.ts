// End-to-end tests: real browsers with the built extension, one file at a time (each starts its
// own browser), with timeouts long enough for a cold browser start. Two projects: every e2e file
// runs in Chromium (dist/chrome); a file written against scripts/browser/session.ts (it calls
// launchSession, or picks its browser with sessionBrowser) runs in Firefox ESR (dist/firefox) too,
// with the same assertions.
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const E2E_DIR = 'test/e2e';
const bothBrowsers = readdirSync(E2E_DIR)
  .filter((f) => f.endsWith('.e2e.test.ts') && /launchSession\(|sessionBrowser\(/.test(readFileSync(`${E2E_DIR}/${f}`, 'utf8')))
  .map((f) => `${E2E_DIR}/${f}`);

const shared = { environment: 'node', fileParallelism: false, testTimeout: 60_000, hookTimeout: 90_000 } as const;

export default defineConfig({
  test: {
    ...shared,
    // Chromium's files first, then Firefox's: never two browsers at once on a small machine.
    sequence: { groupOrder: 0 },
    projects: [
      { test: { ...shared, name: 'chromium', include: [`${E2E_DIR}/**/*.e2e.test.ts`], env: { KUZET_BROWSER: 'chromium' }, sequence: { groupOrder: 0 } } },
      { test: { ...shared, name: 'firefox', include: bothBrowsers, env: { KUZET_BROWSER: 'firefox' }, sequence: { groupOrder: 1 } } },
    ],
  },
});
