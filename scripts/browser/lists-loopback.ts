// How a test browser reaches a real process on 127.0.0.1 (the list server under test) while
// everything else stays off the network. Chromium resolves no host at all (launch.ts), so the
// driver carries each request for those origins to the real process byte for byte and hands the
// answer back unchanged. Firefox sends everything to a closed proxy port (firefox-prefs.ts), so
// 127.0.0.1 is exempted from the proxy; with allow_hijacking_localhost on, only an explicit
// no_proxies_on entry lets loopback past it.
import type { BrowserContext } from 'playwright-core';

const isLoopbackOrigin = (origin: string): boolean => /^http:\/\/127\.0\.0\.1:\d+$/.test(origin);

function checked(origins: readonly string[]): string[] {
  const bad = origins.filter((o) => !isLoopbackOrigin(o));
  // The brief of the tests: the real server process on 127.0.0.1, never another address.
  if (bad.length > 0) throw new Error(`loopbackOrigins must be http://127.0.0.1:<port>, got ${bad.join(', ')}`);
  return [...origins];
}

/** Chromium: routes registered after routeRealUrls win over it, so this goes last. */
export async function routeLoopback(context: BrowserContext, origins: readonly string[] = []): Promise<void> {
  const allowed = new Set(checked(origins));
  if (allowed.size === 0) return;
  await context.route(
    (url) => allowed.has(url.origin),
    async (route) => {
      try {
        await route.fulfill({ response: await route.fetch() });
      } catch {
        await route.abort().catch(() => undefined); // the page closed meanwhile
      }
    },
  );
}

/** Firefox: preferences that let loopback (and only loopback) past the closed proxy, and accept permission prompts. */
export function loopbackPrefs(origins: readonly string[] = [], acceptPermissionPrompts = false): Record<string, unknown> {
  return {
    ...(checked(origins).length > 0 ? { 'network.proxy.no_proxies_on': '127.0.0.1' } : {}),
    // Firefox grants permissions.request (hosts, data_collection) at once when prompts are off.
    ...(acceptPermissionPrompts ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
  };
}
