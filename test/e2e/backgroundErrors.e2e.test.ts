// The driver hears what an extension's background logs, in both browsers: a probe add-on
// (test/fixtures/background-probe, made for this) logs known errors from its background, and
// session.errors must hold them. Without this, "no error from Kuzet's background" in the other
// e2e files would pass in a browser whose background the driver cannot hear at all.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/browser/paths.ts';
import { launchSession, type Session } from '../../scripts/browser/session.ts';

let session: Session;

beforeAll(async () => {
  session = await launchSession({ pages: {}, distDir: join(repoRoot, 'test', 'fixtures', 'background-probe') });
});

afterAll(async () => {
  await session?.close();
});

describe("the driver's background console", () => {
  it("collects the errors an extension's background logs", async () => {
    await expect.poll(() => session.errors.join('\n'), { timeout: 15_000 }).toContain('probe: console.error from the background');
    expect(session.errors.filter((e) => e.includes('probe: console.error from the background'))).toHaveLength(1);
    // Firefox's watcher also hears uncaught errors and rejections (they reach its console service);
    // Chromium's does not: Playwright gives a service worker's console messages, not its exceptions.
    if (session.browserName === 'firefox') {
      await expect.poll(() => session.errors.join('\n'), { timeout: 15_000 }).toContain('probe: unhandled rejection in the background');
      expect(session.errors.join('\n')).toContain('probe: uncaught in the background');
    }
  });
});
