// Development builds only (main.ts calls this behind a NODE_ENV check that esbuild folds away in
// release builds): the end-to-end driver posts `{ kuzetE2e: 'openPage', page }` in the page under
// test, and Kuzet opens its popup or options page in a new tab for this tab. Firefox does not let
// a driver open moz-extension:// pages itself. Only messages the page posts to its own window count.
import * as v from 'valibot';
import { e2ePageRequestSchema, type ExtensionPage } from '../messages/e2e.ts';

export function listenForE2eRequests(win: Window, open: (page: ExtensionPage) => Promise<unknown>): void {
  win.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== win) return;
    const request = v.safeParse(e2ePageRequestSchema, event.data);
    if (!request.success) return;
    open(request.output.page).catch((error: unknown) => console.warn('Kuzet: e2e could not open', request.output.page, error));
  });
}
