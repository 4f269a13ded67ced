// Gives the browser the saved pages under their real URLs: every http(s) request of the
// context is intercepted and answered from the 127.0.0.1 fixture server (404 when unknown).
// Nothing is ever let through to the network; launch.ts also makes DNS fail as a second fence.
import type { BrowserContext, Route } from 'playwright-core';
import type { FixtureServer } from './fixture-server.ts';

export async function routeRealUrls(context: BrowserContext, server: FixtureServer): Promise<void> {
  const answer = async (route: Route): Promise<void> => {
    const request = route.request();
    try {
      // Fetched from Node, not the browser, so the request is not intercepted again.
      const response = await fetch(server.localUrl(request.url()), { method: request.method() });
      await route.fulfill({
        status: response.status,
        headers: { 'content-type': response.headers.get('content-type') ?? 'text/plain' },
        body: Buffer.from(await response.arrayBuffer()),
      });
    } catch {
      // The page may close while a request is in flight; nothing to answer then.
      await route.abort().catch(() => undefined);
    }
  };
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', answer);
}
