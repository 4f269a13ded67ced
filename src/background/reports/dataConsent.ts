// The worker's side of Firefox's built-in data consent (what and why: src/core/dataConsent.ts):
// a queued report is sent only while Firefox holds the 'websiteContent' permission the popup
// asked for. Without it the report stays queued, untouched, and leaves at the first delivery
// after the person allows it. Chrome has nothing to ask, so this always answers true there.
import type { Permissions } from 'webextension-polyfill';
import { reportConsentKinds } from '../../core/dataConsent.ts';

export interface ConsentPermissions {
  runtime: { getManifest(): unknown };
  permissions: { contains(permissions: Permissions.Permissions): Promise<boolean> };
}

export function reportSendingAllowed(browser: ConsentPermissions): () => Promise<boolean> {
  return async () => {
    const kinds = reportConsentKinds(browser.runtime.getManifest());
    if (kinds.length === 0) return true;
    return browser.permissions.contains({ data_collection: kinds }).catch(() => false);
  };
}
