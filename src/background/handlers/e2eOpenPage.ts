// Opens one of Kuzet's own pages in a new tab for the tab that asked (see messages/e2e.ts), with
// `?tab=<id>` so the popup describes that tab. The opener is injected by main.ts in development
// builds only; without it (a release build, unit tests of other messages) the request fails.
import type { Request, Response } from '../../messages.ts';
import type { ExtensionPage } from '../../messages/e2e.ts';

export type OpenExtensionPage = (page: ExtensionPage, forTabId: number) => Promise<void>;

export async function handleE2eOpenPage(
  open: OpenExtensionPage | undefined,
  request: Request<'e2e/openPage'>,
  tabId: number,
): Promise<Response<'e2e/openPage'>> {
  if (!open) throw new Error('e2e/openPage is handled in development builds only');
  await open(request.page, tabId);
  return { opened: true };
}
