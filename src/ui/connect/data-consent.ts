// The popup's side of Firefox's built-in data consent for reports (what and why:
// src/core/dataConsent.ts). Before the first report leaves, the popup asks Firefox for
// 'websiteContent' from the Report button's click; in Chrome nothing is asked.
//
// The grant step, for tests driving Firefox (e.g. the lists e2e): the request only succeeds
// inside a real click on the popup's Report or "Allow sending" button, and Firefox then shows a
// doorhanger that WebDriver cannot answer. Set the pref
// `extensions.webextOptionalPermissionPrompts: false` in the profile: Firefox then grants an
// optional permission requested from a click without the doorhanger. Without it, a refusal
// (or no answer) leaves the report queued and the popup says why (consentRefused).
import type { Permissions } from 'webextension-polyfill';
import { reportConsentKinds } from '../../core/dataConsent.ts';

/** The part of `browser` this needs (`data_collection` is Firefox-only; Chrome's build never asks). */
export interface ConsentBrowser {
  runtime: { getManifest(): unknown };
  permissions: {
    request(permissions: Permissions.Permissions): Promise<boolean>;
    contains(permissions: Permissions.Permissions): Promise<boolean>;
  };
}

export function dataConsentOver(browser: ConsentBrowser) {
  return {
    /** Asks Firefox; call it first thing in a click handler, before any await (Firefox refuses otherwise). */
    requestDataConsent(): Promise<boolean> {
      const kinds = reportConsentKinds(browser.runtime.getManifest());
      if (kinds.length === 0) return Promise.resolve(true);
      return browser.permissions.request({ data_collection: kinds }).catch(() => false);
    },
    /** Whether a report may be sent now (always in Chrome). */
    async hasDataConsent(): Promise<boolean> {
      const kinds = reportConsentKinds(browser.runtime.getManifest());
      if (kinds.length === 0) return true;
      return browser.permissions.contains({ data_collection: kinds }).catch(() => false);
    },
  };
}
