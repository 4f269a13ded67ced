// The test room: one message the end-to-end suite uses to reach Kuzet's own pages. Firefox
// will not let a driver navigate to moz-extension:// pages, so a page under test asks Kuzet (through
// its content script) to open the popup or the options page in a new tab, for that very tab.
// Only development builds handle it: the background refuses it in a release build, and the content
// side that listens for the page's request is compiled out of release bundles.
import * as v from 'valibot';

export const EXTENSION_PAGES = ['popup.html', 'options.html'] as const;
export type ExtensionPage = (typeof EXTENSION_PAGES)[number];

export const e2eMessages = {
  'e2e/openPage': {
    from: 'content',
    request: v.object({ page: v.picklist(EXTENSION_PAGES) }),
    response: v.object({ opened: v.literal(true) }),
  },
} as const;

/** What the page under test posts to its own window: `{ kuzetE2e: 'openPage', page: 'popup.html' }`. */
export const e2ePageRequestSchema = v.object({ kuzetE2e: v.literal('openPage'), page: v.picklist(EXTENSION_PAGES) });
