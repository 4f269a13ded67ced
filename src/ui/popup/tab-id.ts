// Which tab the popup describes. Opened from the toolbar it is the active tab; opened as a
// page (`popup.html?tab=N`, as the e2e tests and the demo do) the active tab would be the
// popup itself, so the URL names the tab instead.
import type { Connector } from '../connect/connector.ts';

/** The `tab` URL parameter as a tab id, or null when absent or not a non-negative integer. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export async function resolveTabId(search: string, connector: Connector): Promise<number> {
  return tabIdFromSearch(search) ?? (await connector.activeTabId());
}
